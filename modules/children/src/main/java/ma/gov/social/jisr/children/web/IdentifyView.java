package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.children.api.ChildrenService;
import ma.gov.social.jisr.children.api.Identification;
import ma.gov.social.jisr.children.api.IdentificationSource;
import ma.gov.social.jisr.children.api.Situation;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * A child's identification: the child is found in the persons registry, the alleged abusers too (never to be
 * asked or informed), and the case opens with the social-assistance team's worker; for a case opened by
 * accepting a referral, the identification is recorded on it.
 */
@Named
@ViewScoped
public class IdentifyView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FOUND = 10;

    @Inject
    private PersonService persons;
    @Inject
    private CentreDirectory centres;
    @Inject
    private ChildrenService children;
    @Inject
    private CaseService cases;
    @Inject
    private CurrentUser me;

    private Long forCase;
    private CaseFile caseFile;
    private String text;
    private String abuserText;
    private List<PersonRow> found = List.of();
    private List<PersonRow> abusersFound = List.of();
    private PersonRow child;
    private final List<PersonRow> abusers = new ArrayList<>();
    private final IdentifyForm form = new IdentifyForm();
    private CaseTeam team = CaseTeam.none();

    public void load() {
        if (forCase != null) {
            try {
                caseFile = cases.get(forCase);
            } catch (JisrException refusal) {
                Messages.error(refusal);
                forCase = null;
            }
        }
    }

    public void centreChosen() {
        team = form.getCentreId() == null ? CaseTeam.none() : cases.team(CaseView.MODULE, form.getCentreId());
        form.setWorker(team.mayWork(me.username()) ? me.username() : null);
        form.setSupervisor(null);
    }

    public void search() {
        found = find(text);
    }

    public void searchAbuser() {
        abusersFound = find(abuserText);
    }

    private List<PersonRow> find(String value) {
        return value == null || value.isBlank() ? List.of()
                : persons.rows(new PersonFilter(value.strip(), null, null, null, null, null), PageRequest.first(FOUND));
    }

    public void pick(PersonRow row) {
        child = row;
        found = List.of();
    }

    public void addAbuser(PersonRow row) {
        if (abusers.stream().noneMatch(a -> a.id() == row.id())) {
            abusers.add(row);
        }
        abusersFound = List.of();
    }

    public void removeAbuser(long personId) {
        abusers.removeIf(a -> a.id() == personId);
    }

    public String save() {
        Identification i = form.identification(child == null ? 0 : child.id(),
                new HashSet<>(abusers.stream().map(PersonRow::id).toList()));
        try {
            long caseId;
            if (caseFile != null) {
                caseId = caseFile.id();
                children.completeIdentification(caseId, i);
            } else {
                caseId = children.identify(i);
            }
            Messages.info("children.identification.saved");
            return "/children/case?faces-redirect=true&id=" + caseId;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public List<CentreCard> getCentres() {
        return centres.open(EnumSet.of(CentreType.CHILD_PROTECTION_UNIT, CentreType.CHILD_PROTECTION_CENTRE),
                me.scope());
    }

    public IdentificationSource[] getSources() {
        return IdentificationSource.values();
    }

    public Situation[] getSituationChoices() {
        return Situation.values();
    }

    public IdentifyForm getForm() {
        return form;
    }

    public CaseTeam getTeam() {
        return team;
    }

    public Long getForCase() {
        return forCase;
    }

    public void setForCase(Long forCase) {
        this.forCase = forCase;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAbuserText() {
        return abuserText;
    }

    public void setAbuserText(String abuserText) {
        this.abuserText = abuserText;
    }

    public List<PersonRow> getFound() {
        return found;
    }

    public List<PersonRow> getAbusersFound() {
        return abusersFound;
    }

    public PersonRow getChild() {
        return child;
    }

    public List<PersonRow> getAbusers() {
        return abusers;
    }
}
