package ma.gov.social.jisr.platform.api.audit;

/**
 * The append-only audit log. Services call it in the transaction of the change they make, so a
 * change and its trace commit or roll back together.
 */
public interface AuditLog {
    void record(AuditEntry entry);

    /**
     * Records in a transaction of its own, committed before this returns: for a trace that must outlive
     * the caller's transaction (an export the client may abort half-way, a refusal that rolls back).
     */
    void recordNow(AuditEntry entry);
}
