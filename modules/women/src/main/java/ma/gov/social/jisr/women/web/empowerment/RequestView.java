package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.empowerment.Decision;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails.Paper;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import org.primefaces.model.file.UploadedFile;

/**
 * A funding request: what was asked, its review (a coordinator's decision), its financing by a partner
 * programme, its milestones and its papers. Each form keeps what was typed when the service refuses it;
 * after a change the page starts again from the request as it now stands (with its new version).
 */
@Named
@ViewScoped
public class RequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectRequestService requests;
    @Inject
    private StaffDirectory directory;

    private long id;
    private RequestDetails details;
    private RequestStage outcome;
    private String reason;
    private String adviser;
    private Programme programme;
    private Dirhams financedAmount;
    private LocalDate financedOn;
    private final MilestoneForms milestones = new MilestoneForms();
    private transient UploadedFile file;
    private transient List<StaffMember> staff;

    public void load() {
        try {
            details = requests.request(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
            details = null;
            return;
        }
        outcome = null;
        reason = null;
        adviser = details.adviser();
        programme = details.programme();
        financedAmount = details.financedAmount() != null ? details.financedAmount() : details.amountAsked();
        financedOn = LocalDate.now();
        milestones.start(details);
        staff = null;
    }

    public void decide() {
        if (outcome == RequestStage.REJECTED && (reason == null || reason.isBlank())) {
            Messages.error("emp.decision.reason");
            return;
        }
        act(() -> requests.decide(id, details.version(), new Decision(outcome, blankAsNull(reason),
                blankAsNull(adviser))), "emp.req.decided");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void finance() {
        act(() -> requests.finance(id, details.version(), programme, financedAmount, financedOn), "emp.req.financed");
    }

    public void plan() {
        act(() -> requests.plan(id, details.version(), milestones.getAdviser(), milestones.plannedOn()), "emp.req.planned");
    }

    public void reach() {
        act(() -> requests.reach(id, milestones.getStep(), milestones.getReachedOn(), milestones.stillActiveAnswer(),
                milestones.getNote()), "emp.req.reached");
    }

    /** A full-page post: the file travels with it. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("emp.req.noFile");
            return;
        }
        act(() -> requests.attach(id, file.getFileName(), file.getContent()), "emp.req.attached");
        file = null;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            load();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /**
     * The name sent is built from ids, never the name the paper came with, which may hold what a download
     * header cannot carry (quotes, Arabic letters); only a plain extension is kept from it.
     */
    public void download(Paper paper) throws IOException {
        ProjectRequestService.PaperContent content;
        try {
            content = requests.paper(paper.id());
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return;
        }
        String name = content.paper().fileName();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String sent = "jisr-request-" + id + "-paper-" + paper.id()
                + (extension.matches("[A-Za-z0-9]{1,5}") ? "." + extension : "");
        byte[] bytes = content.bytes();
        String type = content.paper().contentType();
        Downloads.send(sent, type == null ? "application/octet-stream" : type, out -> out.write(bytes));
    }

    public long kilobytes(Paper paper) {
        return (paper.sizeBytes() + 1023L) / 1024;
    }

    /** Who may accompany the woman or follow her milestones: women's case workers and coordinators there. */
    public List<StaffMember> getStaff() {
        if (staff == null) {
            staff = details == null ? List.of() : directory.covering(Set.of(Roles.CASE_WORKER_WOMEN,
                    Roles.REGIONAL_COORDINATOR), details.regionCode(), details.provinceCode());
        }
        return staff;
    }

    public List<RequestStage> getOutcomes() {
        return details == null ? List.of() : details.stage().decisions().stream()
                .sorted(Comparator.naturalOrder()).toList();
    }

    public boolean isReviewable() {
        return details != null && !details.stage().decisions().isEmpty();
    }

    public boolean isFinanceable() {
        return details != null && details.stage() == RequestStage.ACCEPTED;
    }

    /** Milestones are followed from the accompaniment on, and for every accepted project. */
    public boolean isFollowed() {
        return details != null && (details.stage() == RequestStage.ACCOMPANIMENT || details.stage().accepted()
                || !details.milestones().isEmpty());
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public MilestoneForms getMilestones() {
        return milestones;
    }

    public RequestDetails getDetails() {
        return details;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RequestStage getOutcome() {
        return outcome;
    }

    public void setOutcome(RequestStage outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public Dirhams getFinancedAmount() {
        return financedAmount;
    }

    public void setFinancedAmount(Dirhams financedAmount) {
        this.financedAmount = financedAmount;
    }

    public LocalDate getFinancedOn() {
        return financedOn;
    }

    public void setFinancedOn(LocalDate financedOn) {
        this.financedOn = financedOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
