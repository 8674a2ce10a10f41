package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.platform.web.support.PagedModel;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurFilter;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurRow;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/** The women registered with the empowerment programmes in the caller's territory, paged. */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EmpowermentService empowerment;

    private String regionCode;
    private String provinceCode;
    private EntrepreneurKind kind;
    private Sector sector;
    private final PagedModel<EntrepreneurRow> women = new PagedModel<>(
            page -> empowerment.registrations(filter(), page), () -> empowerment.countRegistrations(filter()),
            r -> Long.toString(r.id()));

    private EntrepreneurFilter filter() {
        return new EntrepreneurFilter(regionCode, provinceCode, kind, sector);
    }

    public void search() {
        women.refresh();
    }

    /** A province of another region would match nothing: changing the region forgets it. */
    public void regionChanged() {
        provinceCode = null;
    }

    public PagedModel<EntrepreneurRow> getWomen() {
        return women;
    }

    public EntrepreneurKind[] getKinds() {
        return EntrepreneurKind.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public EntrepreneurKind getKind() {
        return kind;
    }

    public void setKind(EntrepreneurKind kind) {
        this.kind = kind;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }
}
