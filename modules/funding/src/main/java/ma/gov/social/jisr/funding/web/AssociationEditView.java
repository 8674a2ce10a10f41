package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import ma.gov.social.jisr.funding.api.AssociationData;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Registers an association or corrects its record (its RIB is changed on its page, with a second approval). */
@Named
@ViewScoped
public class AssociationEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AssociationService associations;

    private long id;
    private long version;
    private String registrationNo;
    private String nameAr;
    private String nameFr;
    private String provinceCode;
    private LocalDate registeredOn;
    private FundingDomain[] domains = {};
    private String contactName;
    private String phone;
    private String email;
    private String address;

    public void load() {
        if (id == 0) {
            return;
        }
        try {
            AssociationDetails d = associations.get(id);
            version = d.version();
            registrationNo = d.registrationNo();
            nameAr = d.nameAr();
            nameFr = d.nameFr();
            provinceCode = d.provinceCode();
            registeredOn = d.registeredOn();
            domains = d.domains().toArray(new FundingDomain[0]);
            contactName = d.contactName();
            phone = d.phone();
            email = d.email();
            address = d.address();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public String save() {
        AssociationData data = new AssociationData(registrationNo, nameAr, nameFr, provinceCode, registeredOn,
                domains.length == 0 ? EnumSet.noneOf(FundingDomain.class) : EnumSet.copyOf(Arrays.asList(domains)),
                contactName, phone, email, address);
        try {
            long saved = id;
            if (id == 0) {
                saved = associations.create(data);
            } else {
                associations.update(id, version, data);
            }
            Messages.info("funding.association.saved");
            return "/funding/association?faces-redirect=true&id=" + saved;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public FundingDomain[] getAllDomains() {
        return FundingDomain.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getRegistrationNo() {
        return registrationNo;
    }

    public void setRegistrationNo(String registrationNo) {
        this.registrationNo = registrationNo;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public FundingDomain[] getDomains() {
        return domains;
    }

    public void setDomains(FundingDomain[] domains) {
        this.domains = domains == null ? new FundingDomain[0] : domains;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
