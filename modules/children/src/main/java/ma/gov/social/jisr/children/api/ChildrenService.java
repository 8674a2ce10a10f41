package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The child case's own forms. Who may read or change a case is the kernel's answer; refusals carry message
 * keys and leave nothing half-saved.
 */
public interface ChildrenService {
    /** Opens the child's case (a person under 18) and records how the child was identified. */
    long identify(Identification identification);

    /** For a case opened by accepting a referral: its identification, recorded once. */
    void completeIdentification(long caseId, Identification identification);

    Optional<IdentificationDetails> identificationOf(long caseId);

    /** Records an assessment; the danger it adds up to is the case's triage. */
    DangerLevel assess(long caseId, LocalDate assessedOn, Map<AssessmentDomain, Concern> concerns,
                       boolean immediateDanger, String notes);

    List<Assessment> assessments(long caseId);

    /** Plans what happens when the child turns 18 (closure or handover), before that day. */
    void planTransition(long caseId, TransitionKind kind, LocalDate plannedOn, String note);

    /**
     * The supervisor's watch list of the caller's territory: emergency measures overdue, measures past their
     * review date, children turning 18 within {@code days} without a planned transition.
     */
    List<WatchItem> watchList(int days);
}
