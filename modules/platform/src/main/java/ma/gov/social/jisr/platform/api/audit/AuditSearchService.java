package ma.gov.social.jisr.platform.api.audit;

import java.io.OutputStream;
import ma.gov.social.jisr.platform.api.Page;
import ma.gov.social.jisr.platform.api.PageRequest;

/** Searching and exporting the audit log, within the caller's territorial scope. */
public interface AuditSearchService {
    Page<AuditEvent> search(AuditFilter filter, PageRequest page);

    /** Writes the matching events as UTF-8 CSV, and records the export itself. Returns the row count. */
    long exportCsv(AuditFilter filter, OutputStream out);

    /** Module names found in the log, for the search form. */
    java.util.List<String> modules();
}
