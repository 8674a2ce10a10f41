package ma.gov.social.jisr.platform.api.audit;

import java.time.LocalDateTime;

/** One line of the audit log as the auditor screen shows it. */
public record AuditEvent(long id, LocalDateTime occurredAt, String username, String clientAddress,
                         String module, String recordType, String recordId, AuditAction action,
                         String regionCode, String provinceCode, String detail) {
}
