package ma.gov.social.jisr.platform.api.audit;

import java.io.OutputStream;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;

/** Searching and exporting the audit log, within the caller's territorial scope. */
public interface AuditSearchService {
    /** Where a count stops: past it the screen says "more than" rather than wait for an exact count. */
    long COUNT_LIMIT = 100_000;

    /** Newest first unless sorted; seeks past {@code page.after()} under the default or time sort. */
    List<AuditEvent> rows(AuditFilter filter, PageRequest page);

    /** The number of matching events, up to {@link #COUNT_LIMIT} + 1 (meaning "more"). */
    long count(AuditFilter filter);

    /** Writes the matching events as UTF-8 CSV, and records the export itself. Returns the row count. */
    long exportCsv(AuditFilter filter, OutputStream out);

    /** Module names found in the log, for the search form. */
    List<String> modules();
}
