package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.people.web.PersonPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.CooperativeRow;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentService;
import ma.gov.social.jisr.women.api.empowerment.Member;

/** A cooperative's page: what it is, its members, and adding a registered woman to them. */
@Named
@ViewScoped
public class CooperativeView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LIST = "/women/empowerment/cooperatives?faces-redirect=true";

    @Inject
    private EmpowermentService empowerment;
    @Inject
    private PersonPicker person;

    private Long id;
    private CooperativeRow cooperative;
    private transient List<Member> members;
    private LocalDate joinedOn = LocalDate.now();

    public String load() {
        if (id == null) {
            return LIST;
        }
        try {
            cooperative = empowerment.cooperative(id);
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return LIST;
        }
    }

    public void addMember() {
        if (person.getChosen() == null) {
            Messages.error("emp.coop.pickMember");
            return;
        }
        try {
            empowerment.addMember(id, person.getChosen().id(), joinedOn);
            Messages.info("emp.coop.memberAdded");
            person.setChosen(null);
            cooperative = empowerment.cooperative(id);
            members = null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public PersonPicker getPerson() {
        return person;
    }

    public CooperativeRow getCooperative() {
        return cooperative;
    }

    public List<Member> getMembers() {
        if (members == null) {
            members = empowerment.members(id);
        }
        return members;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
