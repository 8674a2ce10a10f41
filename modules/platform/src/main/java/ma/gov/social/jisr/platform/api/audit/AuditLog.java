package ma.gov.social.jisr.platform.api.audit;

/**
 * The append-only audit log. Services call it in the transaction of the change they make, so a
 * change and its trace commit or roll back together.
 */
public interface AuditLog {
    void record(AuditEntry entry);
}
