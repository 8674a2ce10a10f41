package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.people.web.PersonPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import ma.gov.social.jisr.women.api.empowerment.CooperativeRow;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurRow;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestData;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/**
 * A funding request as received, for a registered woman (alone, or for her cooperative). Opened from her
 * page with her already chosen; her registration gives the province and sector to start from.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectRequestService requests;
    @Inject
    private EmpowermentService empowerment;
    @Inject
    private PersonPicker person;
    @Inject
    private TerritoryOptions territory;

    private Long personId;
    private Long cooperativeId;
    private String idea;
    private Sector sector;
    private Dirhams amountAsked;
    private String provinceCode;
    private LocalDate receivedOn = LocalDate.now();
    private transient List<CooperativeRow> cooperatives;

    public void load() {
        if (provinceCode == null) {
            provinceCode = territory.homeProvince();
        }
        if (personId != null && person.getChosen() == null) {
            startFrom(personId, true);
        }
    }

    /** A woman just picked: her registration gives the province and sector (or says she is not registered). */
    public void picked() {
        if (person.chosenId() != null) {
            startFrom(person.chosenId(), false);
        }
    }

    private void startFrom(long id, boolean choose) {
        try {
            EntrepreneurRow registration = empowerment.registrationOf(id);
            if (registration == null) {
                Messages.error("emp.reg.notRegistered");
                return;
            }
            if (choose) {
                person.setChosen(new PersonPicker.Choice(id, registration.name()
                        + (registration.nationalId() == null ? "" : " — " + registration.nationalId())));
            }
            if (sector == null) {
                sector = registration.sector();
            }
            if (registration.provinceCode() != null && !registration.provinceCode().equals(provinceCode)) {
                provinceCode = registration.provinceCode();
                provinceChanged();
            }
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public String save() {
        if (person.chosenId() == null) {
            Messages.error("emp.req.pickWoman");
            return null;
        }
        try {
            long id = requests.submit(new RequestData(person.chosenId(), cooperativeId, idea, sector, amountAsked,
                    provinceCode, receivedOn));
            Messages.info("emp.req.submitted");
            return "/women/empowerment/request?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** The cooperatives of the chosen province: a collective project is the cooperative's own. */
    public List<CooperativeRow> getCooperatives() {
        if (cooperatives == null) {
            try {
                cooperatives = empowerment.cooperatives(provinceCode, null);
            } catch (JisrException refusal) {
                cooperatives = List.of();
            }
        }
        return cooperatives;
    }

    public void provinceChanged() {
        cooperatives = null;
        cooperativeId = null;
    }

    public PersonPicker getPerson() {
        return person;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public String getIdea() {
        return idea;
    }

    public void setIdea(String idea) {
        this.idea = idea;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Dirhams getAmountAsked() {
        return amountAsked;
    }

    public void setAmountAsked(Dirhams amountAsked) {
        this.amountAsked = amountAsked;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
