package ma.gov.social.jisr.platform.api.audit;

import java.time.LocalDate;

/** The auditor's search: every field is optional; the period includes both ends. */
public record AuditFilter(String username, LocalDate from, LocalDate to, String module,
                          String recordType, String recordId, AuditAction action) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
