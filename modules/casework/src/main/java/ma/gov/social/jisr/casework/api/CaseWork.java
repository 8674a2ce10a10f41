package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The work on a case: its steps, plan, services and follow-ups. Changes are made by those who handle the
 * case (its worker, its supervisor, a supervising role of its territory); a closed case takes no change
 * but reopening. Refusals carry message keys; a refused attempt is audited.
 */
public interface CaseWork {
    /**
     * For a module's own forms: the case of that module if the caller may read it (the opening of the file
     * was audited already), else refused as "not found" and the attempt audited.
     */
    CaseRef readable(String module, long caseId);

    /** As {@link #readable}, for a change: the caller handles the case and it is open. */
    CaseRef handled(String module, long caseId);

    /** Moves an open case one step forward, if the kernel's and the module's rules allow. */
    void moveOn(long caseId, long version, String note);

    void close(long caseId, long version, CloseReason reason, String note);

    /** Reopens a closed case at the step it was closed from. */
    void reopen(long caseId, long version, String note);

    void assign(long caseId, long version, String worker, String supervisor, boolean restricted);

    /** The module's triage level (a risk level...) and attention flag (null clears it), set by the module. */
    void mark(long caseId, String triage, String attention);

    List<StepChange> history(long caseId);

    void agreePlan(long caseId, LocalDate agreedOn, String goals);

    List<PlanVersion> plans(long caseId);

    void giveService(long caseId, String serviceCode, LocalDate givenOn, String note);

    List<ServiceGiven> services(long caseId);

    void followUp(long caseId, FollowUpKind kind, LocalDate doneOn, String note, LocalDate nextDue);

    List<FollowUp> followUps(long caseId);
}
