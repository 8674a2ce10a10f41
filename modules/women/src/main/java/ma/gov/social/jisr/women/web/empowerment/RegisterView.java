package ma.gov.social.jisr.women.web.empowerment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.people.web.PersonPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.api.empowerment.Registration;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/**
 * Registers a woman of the persons registry with the empowerment programmes. She must be in the registry
 * first (the page links to its creation); a refusal leaves everything typed in place.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EmpowermentService empowerment;
    @Inject
    private PersonPicker person;
    @Inject
    private TerritoryOptions territory;

    private Long personId;
    private String regionCode;
    private String provinceCode;
    private EntrepreneurKind kind = EntrepreneurKind.SELF_EMPLOYED;
    private Sector sector;
    private String activity;
    private LocalDate registeredOn = LocalDate.now();

    /** Staff of one region or province mostly register women of their own: start there. */
    @PostConstruct
    void start() {
        regionCode = territory.homeRegion();
        provinceCode = territory.homeProvince();
    }

    /** Opened for a woman already chosen (?person=): she is offered as the one to register. */
    public void load() {
        if (personId != null && person.getChosen() == null) {
            try {
                person.choose(personId);
            } catch (JisrException refusal) {
                Messages.error(refusal);
            }
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String save() {
        if (person.getChosen() == null) {
            Messages.error("emp.reg.pickPerson");
            return null;
        }
        long personId = person.getChosen().id();
        try {
            empowerment.register(new Registration(personId, kind, sector, activity, provinceCode, registeredOn));
            Messages.info("emp.reg.registered");
            return "/women/empowerment/woman?faces-redirect=true&person=" + personId;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void regionChanged() {
        provinceCode = null;
    }

    public PersonPicker getPerson() {
        return person;
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

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }
}
