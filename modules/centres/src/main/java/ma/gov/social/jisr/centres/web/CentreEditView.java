package ma.gov.social.jisr.centres.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreDetails;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.funding.web.AssociationPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;

/** Registers a centre or corrects one; the service checks everything again. */
@Named
@ViewScoped
public class CentreEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private TerritoryOptions options;
    @Inject
    private CentreService centres;
    @Inject
    private AssociationPicker partner;

    private Long id;
    private long version;
    private CentreForm form = new CentreForm();

    public String load() {
        if (id == null) {
            form.setRegionCode(options.homeRegion());
            form.setProvinceCode(options.homeProvince());
            return null;
        }
        try {
            CentreDetails details = centres.get(id);
            version = details.version();
            form = CentreForm.of(details.regionCode(), details.data());
            partner.choose(details.data().partnerAssociationId());
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/centres/centres?faces-redirect=true";
        }
    }

    public String save() {
        CentreData data = form.data(partner.chosenId());
        try {
            if (id == null) {
                id = centres.create(data);
                Messages.info("centre.created", data.code());
            } else {
                centres.update(id, version, data);
                Messages.info("centre.saved");
            }
            return "/centres/centre?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public AssociationPicker getPartner() {
        return partner;
    }

    /** A centre imported with its partner's name only, which the registry does not know yet. */
    public boolean isPartnerUnlinked() {
        return partner.chosenId() == null && form.getPartnerName() != null;
    }

    public CentreForm getForm() {
        return form;
    }

    public CentreType[] getTypes() {
        return CentreType.values();
    }

    public CentreStatus[] getStatuses() {
        return CentreStatus.values();
    }

    public ManagingBody[] getBodies() {
        return ManagingBody.values();
    }

    public Area[] getAreas() {
        return Area.values();
    }

    public OfferedService[] getAllServices() {
        return OfferedService.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
