package ma.gov.social.jisr.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.PersonDetails;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** A person's page (each opening is audited by the service): data, guardians, wards, modules, merge. */
@Named
@ViewScoped
public class PersonView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PersonService persons;

    private Long id;
    private PersonDetails person;
    private Long guardianId;
    private GuardianRelation relation;
    private Long mergeId;

    public String load() {
        try {
            person = persons.get(id == null ? 0 : id);
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/people/persons?faces-redirect=true";
        }
    }

    public void addGuardian() {
        act(() -> persons.addGuardian(id, guardianId == null ? 0 : guardianId, relation), "person.guardian.added");
    }

    public void removeGuardian(long guardian) {
        act(() -> persons.removeGuardian(id, guardian), "person.guardian.removed");
    }

    public void mergeIntoThis() {
        act(() -> persons.merge(id, mergeId == null ? 0 : mergeId), "person.merged.done");
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            person = persons.get(id);
            Messages.info(success);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** A module's name in the screen's language, from that module's own bundle. */
    public String moduleLabel(String module) {
        return Messages.text("module." + module);
    }

    public GuardianRelation[] getRelations() {
        return GuardianRelation.values();
    }

    public PersonDetails getPerson() {
        return person;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getGuardianId() {
        return guardianId;
    }

    public void setGuardianId(Long guardianId) {
        this.guardianId = guardianId;
    }

    public GuardianRelation getRelation() {
        return relation;
    }

    public void setRelation(GuardianRelation relation) {
        this.relation = relation;
    }

    public Long getMergeId() {
        return mergeId;
    }

    public void setMergeId(Long mergeId) {
        this.mergeId = mergeId;
    }
}
