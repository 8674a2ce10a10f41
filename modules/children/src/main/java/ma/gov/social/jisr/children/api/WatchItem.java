package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** A line of the supervisor's watch list: which case, why, since or by when. */
public record WatchItem(long caseId, String reference, String provinceCode, Reason reason, LocalDate date) {
    public enum Reason {
        EMERGENCY_OVERDUE, MEASURE_REVIEW_OVERDUE, TURNING_18, LIFE_PROJECT_REVIEW_DUE
    }
}
