package ma.gov.social.jisr.funding.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.funding.api.AssociationFilter;
import ma.gov.social.jisr.funding.api.AssociationRow;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The partner associations of the user's territory, by name; counted once per search. */
@Named
@ViewScoped
public class AssociationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AssociationService associations;

    private String text;
    private String provinceCode;
    private AssociationStatus status;
    private FundingDomain domain;
    private boolean ribPending;
    private PagedModel<AssociationRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> associations.rows(filter(), page), () -> associations.count(filter()),
                r -> Long.toString(r.id()));
    }

    private AssociationFilter filter() {
        return new AssociationFilter(text, provinceCode, status, domain, ribPending);
    }

    public void search() {
        model.refresh();
    }

    public PagedModel<AssociationRow> getModel() {
        return model;
    }

    public AssociationStatus[] getStatuses() {
        return AssociationStatus.values();
    }

    public FundingDomain[] getDomains() {
        return FundingDomain.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public AssociationStatus getStatus() {
        return status;
    }

    public void setStatus(AssociationStatus status) {
        this.status = status;
    }

    public FundingDomain getDomain() {
        return domain;
    }

    public void setDomain(FundingDomain domain) {
        this.domain = domain;
    }

    public boolean isRibPending() {
        return ribPending;
    }

    public void setRibPending(boolean ribPending) {
        this.ribPending = ribPending;
    }
}
