package ma.gov.social.jisr.children.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Map;
import ma.gov.social.jisr.children.api.AssessmentDomain;
import ma.gov.social.jisr.children.api.Concern;
import ma.gov.social.jisr.children.api.DangerLevel;
import ma.gov.social.jisr.children.api.Identification;
import ma.gov.social.jisr.children.api.MeasureData;
import ma.gov.social.jisr.platform.api.JisrException;

/** The child-protection rules that need no database: age, danger, deadlines, a measure's dates. */
public final class ChildRules {
    static final int ADULT_AGE = 18;

    private ChildRules() {
    }

    /**
     * The 18th birthday. Only the birth year known: counted from the year's last day, so that a child is
     * never turned away because a birthday is unknown (the youngest the child can be).
     */
    public static LocalDate adultOn(LocalDate birthDate, int birthYear) {
        LocalDate born = birthDate != null ? birthDate : MonthDay.of(12, 31).atYear(birthYear);
        return born.plusYears(ADULT_AGE);
    }

    static boolean adultAt(LocalDate birthDate, int birthYear, LocalDate on) {
        return !on.isBefore(adultOn(birthDate, birthYear));
    }

    /**
     * What the concerns add up to: a critical safety, or an immediate danger seen by the worker, is immediate;
     * any critical concern or two serious ones is high; one serious or two mild is moderate.
     */
    public static DangerLevel danger(Map<AssessmentDomain, Concern> concerns, boolean immediateDanger) {
        if (immediateDanger || concerns.get(AssessmentDomain.SAFETY) == Concern.CRITICAL) {
            return DangerLevel.IMMEDIATE;
        }
        long critical = concerns.values().stream().filter(c -> c == Concern.CRITICAL).count();
        long serious = concerns.values().stream().filter(c -> c == Concern.SERIOUS).count();
        long mild = concerns.values().stream().filter(c -> c == Concern.MILD).count();
        if (critical > 0 || serious >= 2) {
            return DangerLevel.HIGH;
        }
        return serious == 1 || mild >= 2 ? DangerLevel.MODERATE : DangerLevel.LOW;
    }

    /** Every domain assessed, on a day between the case's opening and today. */
    static void checkAssessment(Map<AssessmentDomain, Concern> concerns, LocalDate on, LocalDate opened,
                                LocalDate today) {
        date(on, opened, today);
        if (concerns == null || !concerns.keySet().containsAll(java.util.EnumSet.allOf(AssessmentDomain.class))
                || concerns.containsValue(null)) {
            throw new JisrException("children.assessment.allDomains");
        }
    }

    /** The emergency measure's deadline, from the moment the danger was seen. */
    static LocalDateTime emergencyDue(LocalDateTime seen, int hours) {
        return seen.plusHours(hours);
    }

    static void checkIdentification(Identification i, LocalDate today) {
        if (i.source() == null || i.identifiedOn() == null) {
            throw new JisrException("children.identification.incomplete");
        }
        if (i.situations().isEmpty()) {
            throw new JisrException("children.identification.situationRequired");
        }
        if (i.identifiedOn().isAfter(today)) {
            throw new JisrException("casework.date.future");
        }
        if (i.allegedAbuserIds().contains(i.personId())) {
            throw new JisrException("children.identification.abuserIsChild");
        }
    }

    /** A measure comes from a decision: its reference, a date, a duration, a review within its duration. */
    static void checkMeasure(MeasureData m, LocalDate opened, LocalDate today) {
        if (m.kind() == null || m.decidedBy() == null || m.decidedOn() == null || m.reviewOn() == null) {
            throw new JisrException("children.measure.incomplete");
        }
        if (m.decisionReference() == null || m.decisionReference().isBlank()) {
            throw new JisrException("children.measure.referenceRequired");
        }
        if (m.durationMonths() < 1 || m.durationMonths() > 216) {
            throw new JisrException("children.measure.duration");
        }
        if (m.decidedOn().isAfter(today)) {
            throw new JisrException("casework.date.future");
        }
        if (!m.reviewOn().isAfter(m.decidedOn())) {
            throw new JisrException("children.measure.reviewBeforeDecision");
        }
        if (m.reviewOn().isAfter(m.decidedOn().plusMonths(m.durationMonths()))) {
            throw new JisrException("children.measure.reviewAfterEnd");
        }
    }

    /** A review of a measure: not before the measure, not in the future, next one after it. */
    static void checkMeasureReview(LocalDate decidedOn, LocalDate reviewedOn, LocalDate nextReviewOn,
                                   LocalDate today) {
        if (reviewedOn == null || nextReviewOn == null) {
            throw new JisrException("children.review.incomplete");
        }
        if (reviewedOn.isBefore(decidedOn)) {
            throw new JisrException("children.review.beforeMeasure");
        }
        if (reviewedOn.isAfter(today)) {
            throw new JisrException("casework.date.future");
        }
        if (!nextReviewOn.isAfter(reviewedOn)) {
            throw new JisrException("children.review.nextAfter");
        }
    }

    /** A date on a case: given, not in the future, not before the case was opened. */
    static void date(LocalDate on, LocalDate opened, LocalDate today) {
        if (on == null) {
            throw new JisrException("casework.date.required");
        }
        if (on.isAfter(today)) {
            throw new JisrException("casework.date.future");
        }
        if (on.isBefore(opened)) {
            throw new JisrException("casework.date.beforeOpening");
        }
    }
}
