package ma.gov.social.jisr.women.web.empowerment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import ma.gov.social.jisr.women.api.empowerment.CooperativeData;
import ma.gov.social.jisr.women.api.empowerment.CooperativeRow;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/** Women's cooperatives of the caller's territory, found by province, name or registration number; and a new one. */
@Named
@ViewScoped
public class CooperativesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EmpowermentService empowerment;
    @Inject
    private TerritoryOptions territory;

    private String provinceCode;
    private String text;
    private transient List<CooperativeRow> rows;

    private String name;
    private String registrationNo;
    private Sector sector;
    private String newProvince;
    private LocalDate foundedOn;

    /** Staff of one province mostly create their own province's cooperatives. */
    @PostConstruct
    void start() {
        newProvince = territory.homeProvince();
    }

    public void search() {
        rows = null;
    }

    public String create() {
        try {
            long id = empowerment.createCooperative(new CooperativeData(name, registrationNo, sector, newProvince,
                    foundedOn));
            Messages.info("emp.coop.created");
            return "/women/empowerment/cooperative?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** The list stops at the service's limit: the page then asks to narrow the search. */
    public boolean isCut() {
        return getRows().size() >= EmpowermentService.LIST_LIMIT;
    }

    public List<CooperativeRow> getRows() {
        if (rows == null) {
            try {
                rows = empowerment.cooperatives(provinceCode, text == null || text.isBlank() ? null : text.strip());
            } catch (JisrException refusal) {
                Messages.error(refusal);
                rows = List.of();
            }
        }
        return rows;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegistrationNo() {
        return registrationNo;
    }

    public void setRegistrationNo(String registrationNo) {
        this.registrationNo = registrationNo;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getNewProvince() {
        return newProvince;
    }

    public void setNewProvince(String newProvince) {
        this.newProvince = newProvince;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }
}
