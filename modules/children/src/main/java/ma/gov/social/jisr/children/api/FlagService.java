package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/** Early marriage and school dropout on a child's case; changes by those who handle the case. */
public interface FlagService {
    /** Raises a flag (or reopens one of the same kind that was closed); returns its id. */
    long raise(long caseId, CaseFlag.Kind kind, CaseFlag.Level level, LocalDate raisedOn, String note);

    void act(long flagId, CaseFlag.Action action, LocalDate doneOn, String note);

    void close(long flagId, CaseFlag.Outcome outcome, LocalDate closedOn);

    List<CaseFlag> flags(long caseId);
}
