package ma.gov.social.jisr.platform.api.audit;

import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

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

    /** Locates the entry in a territorial scope (an account's, say): a national scope leaves it national. */
    public AuditEntry inScope(TerritorialScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> this;
            case REGION -> inTerritory(scope.code(), null);
            case PROVINCE -> inTerritory(null, scope.code());
        };
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(module, recordType, recordId, action, regionCode, provinceCode, text);
    }
}
