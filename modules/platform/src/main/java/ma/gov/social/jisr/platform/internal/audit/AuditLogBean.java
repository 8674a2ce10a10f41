package ma.gov.social.jisr.platform.internal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;

@Stateless
public class AuditLogBean implements AuditLog {
    @Resource
    private SessionContext session;
    @Inject
    private AuditWriter writer;

    @Override
    @RolesAllowed(Roles.STAFF)
    public void record(AuditEntry entry) {
        writer.write(entry, session.getCallerPrincipal().getName());
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordNow(AuditEntry entry) {
        writer.write(entry, session.getCallerPrincipal().getName());
    }
}
