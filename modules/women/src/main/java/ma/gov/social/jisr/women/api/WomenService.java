package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The women's module's own forms on the kernel's cases: intake, risk assessments, safety plans and the
 * listening calls. Steps, services, referrals, consent, follow-up and documents are the kernel's
 * (casework.api), with the same case id.
 */
public interface WomenService {
    /** Opens her case in the kernel and records the intake; returns the case id. */
    long intake(Intake intake);

    /**
     * The intake of a case opened without one (accepted from another team's referral): the case's own woman
     * and centre; refused if the case has its intake already.
     */
    void completeIntake(long caseId, Intake intake);

    /** The case's intake, or empty for a case accepted from a referral whose intake is not recorded yet. */
    Optional<IntakeDetails> intakeOf(long caseId);

    /** Scores the checklist, keeps it with its date and returns the level; a high level alerts the supervisor. */
    RiskLevel assessRisk(long caseId, LocalDate assessedOn, Set<RiskQuestion> yes);

    List<RiskAssessment> assessments(long caseId);

    void agreeSafetyPlan(long caseId, LocalDate agreedOn, String measures);

    List<SafetyPlan> safetyPlans(long caseId);
}
