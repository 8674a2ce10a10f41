package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A flag on a child's case: a risk of early marriage (or a marriage already concluded), a child out of school
 * or at risk of dropping out; the actions taken and how it ended. Counted in the periodic report.
 */
public record CaseFlag(long id, long caseId, Kind kind, Level level, LocalDate raisedOn, String note,
                       LocalDate closedOn, Outcome outcome, List<FlagAction> actions) {
    public enum Kind {
        EARLY_MARRIAGE, SCHOOL_DROPOUT
    }

    /** A risk seen, or the fact itself (married, out of school). */
    public enum Level {
        RISK, ACTUAL
    }

    public enum Outcome {
        PREVENTED, BACK_TO_SCHOOL, NOT_PREVENTED, TRANSFERRED
    }

    public enum Action {
        FAMILY_MEDIATION, SCHOOL_REINTEGRATION, REFERRAL, AWARENESS, LEGAL_REPORT
    }

    public record FlagAction(long id, Action action, LocalDate doneOn, String note, String by) {
    }

    public boolean open() {
        return closedOn == null;
    }
}
