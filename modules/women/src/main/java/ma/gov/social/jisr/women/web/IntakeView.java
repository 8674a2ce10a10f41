package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.Intake;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.ListeningCall;
import ma.gov.social.jisr.women.api.ListeningService;
import ma.gov.social.jisr.women.api.Perpetrator;
import ma.gov.social.jisr.women.api.ViolenceKind;
import ma.gov.social.jisr.women.api.WomenService;

/**
 * A woman's intake: she is found in the persons registry (or registered there first), the intake is
 * recorded and her case opens at once; from a listening call, the call's facts are filled in.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FOUND = 10;

    @Inject
    private PersonService persons;
    @Inject
    private CentreDirectory centres;
    @Inject
    private WomenService women;
    @Inject
    private ListeningService listening;
    @Inject
    private CurrentUser me;
    @Inject
    private CaseService cases;

    private Long call;
    /** The case whose intake is recorded after it was opened (accepted from a referral), or null. */
    private Long forCase;
    private CaseFile caseFile;
    private String text;
    private String childText;
    private List<PersonRow> found = List.of();
    private List<PersonRow> childrenFound = List.of();
    private PersonRow woman;
    private final List<PersonRow> children = new ArrayList<>();
    private final IntakeForm form = new IntakeForm();
    private transient List<CentreCard> centreChoices;
    private CaseTeam team = CaseTeam.none();

    public void load() {
        if (forCase != null) {
            try {
                caseFile = cases.get(forCase);
                form.setCentreId(caseFile.centreId());
            } catch (JisrException refusal) {
                Messages.error(refusal);
                forCase = null;
            }
            return;
        }
        if (call != null) {
            listening.call(call).ifPresent(this::fromCall);
        }
        centreChosen();
    }

    /** The pick lists follow the centre: staff whose territory covers it; the caller first if they may take it. */
    public void centreChosen() {
        team = form.getCentreId() == null ? CaseTeam.none() : cases.team(CasesView.MODULE, form.getCentreId());
        if (!team.mayWork(form.getWorker())) {
            form.setWorker(team.mayWork(me.username()) ? me.username() : null);
        }
        if (!team.maySupervise(form.getSupervisor())) {
            form.setSupervisor(null);
        }
    }

    public CaseTeam getTeam() {
        return team;
    }

    private void fromCall(ListeningCall c) {
        form.setCentreId(c.centreId());
        form.setChannel(c.channel());
        form.setKinds(c.kinds().toArray(new ViolenceKind[0]));
        form.setNeeds(c.needs().toArray(new ImmediateNeed[0]));
    }

    public void search() {
        found = find(text);
    }

    public void searchChild() {
        childrenFound = find(childText);
    }

    private List<PersonRow> find(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return persons.rows(new PersonFilter(value.strip(), null, null, null, null, null), PageRequest.first(FOUND));
    }

    public void pick(PersonRow row) {
        woman = row;
        found = List.of();
    }

    public void addChild(PersonRow row) {
        if (children.stream().noneMatch(c -> c.id() == row.id())) {
            children.add(row);
        }
        childrenFound = List.of();
    }

    public void removeChild(long personId) {
        children.removeIf(c -> c.id() == personId);
    }

    public String save() {
        Intake intake = new Intake(woman == null ? 0 : woman.id(), form.getCentreId() == null ? 0 : form.getCentreId(),
                form.getIntakeOn(), form.getChannel(), set(form.getKinds(), ViolenceKind.class),
                form.getPerpetrator(), set(form.getNeeds(), ImmediateNeed.class),
                children.stream().map(PersonRow::id).toList(), form.getWorker(), form.getSupervisor(),
                form.isRestricted(), call);
        try {
            if (caseFile != null) {
                women.completeIntake(caseFile.id(), intake);
                Messages.info("intake.opened");
                return "/women/case?faces-redirect=true&id=" + caseFile.id();
            }
            long caseId = call == null ? women.intake(intake) : listening.callToCase(call, intake);
            Messages.info("intake.opened");
            return "/women/case?faces-redirect=true&id=" + caseId;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private static <E extends Enum<E>> EnumSet<E> set(E[] values, Class<E> type) {
        return values == null || values.length == 0 ? EnumSet.noneOf(type) : EnumSet.copyOf(Arrays.asList(values));
    }

    /** The open women's centres of the caller's territory. */
    public List<CentreCard> getCentres() {
        if (centreChoices == null) {
            centreChoices = centres.open(EnumSet.of(CentreType.WOMEN_MULTIFUNCTION_SPACE, CentreType.LISTENING_CENTRE,
                    CentreType.WOMEN_SHELTER), me.scope());
        }
        return centreChoices;
    }

    public IntakeChannel[] getChannels() {
        return IntakeChannel.values();
    }

    public ViolenceKind[] getKinds() {
        return ViolenceKind.values();
    }

    public Perpetrator[] getPerpetrators() {
        return Perpetrator.values();
    }

    public ImmediateNeed[] getNeeds() {
        return ImmediateNeed.values();
    }

    public IntakeForm getForm() {
        return form;
    }

    public List<PersonRow> getFound() {
        return found;
    }

    public List<PersonRow> getChildrenFound() {
        return childrenFound;
    }

    public List<PersonRow> getChildren() {
        return children;
    }

    public PersonRow getWoman() {
        return woman;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public Long getForCase() {
        return forCase;
    }

    public void setForCase(Long forCase) {
        this.forCase = forCase;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChildText() {
        return childText;
    }

    public void setChildText(String childText) {
        this.childText = childText;
    }
}
