package ma.gov.social.jisr.platform.api.audit;

/**
 * What a service asks the audit log to remember. The log adds who, when and from where itself.
 * The territory (region and/or province of the record) decides which scoped auditors see it.
 */
public record AuditEntry(String module, String recordType, String recordId, AuditAction action,
                         String regionCode, String provinceCode, String detail) {

    public static AuditEntry of(String module, String recordType, Object recordId, AuditAction action) {
        return new AuditEntry(module, recordType, recordId == null ? null : recordId.toString(), action,
                null, null, null);
    }

    public AuditEntry inTerritory(String region, String province) {
        return new AuditEntry(module, recordType, recordId, action, region, province, detail);
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(module, recordType, recordId, action, regionCode, provinceCode, text);
    }
}
