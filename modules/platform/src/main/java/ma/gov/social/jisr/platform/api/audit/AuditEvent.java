package ma.gov.social.jisr.platform.api.audit;

import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/** One line of the audit log as the auditor screen shows it. */
public record AuditEvent(long id, LocalDateTime occurredAt, String username, String clientAddress,
                         String module, String recordType, String recordId, AuditAction action,
                         String regionCode, String provinceCode, String detail) implements Keyed {
    /** The list seeks under its default sort and the time sort only (see AuditSearchService.rows). */
    @Override
    public PageKey keyUnder(String sortField) {
        return sortField == null || sortField.equals("occurredAt") ? new PageKey(List.of(occurredAt), id) : null;
    }
}
