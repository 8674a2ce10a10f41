package ma.gov.social.jisr.platform.internal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.List;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Page;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditEvent;
import ma.gov.social.jisr.platform.api.audit.AuditFilter;
import ma.gov.social.jisr.platform.api.audit.AuditSearchService;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;

@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditSearchBean implements AuditSearchService {
    private static final int EXPORT_BATCH = 1000;
    private static final List<String> COLUMNS = List.of("id", "occurred_at", "username", "client_address",
            "module", "record_type", "record_id", "action", "region", "province", "detail");

    @PersistenceContext(unitName = "platform")
    private EntityManager em;
    @Resource
    private SessionContext session;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private AuditWriter writer;

    @Override
    public Page<AuditEvent> search(AuditFilter filter, PageRequest page) {
        AuditQuery query = new AuditQuery(filter, currentUser.scope());
        List<AuditEvent> rows = query.select(em, page.sortField(), page.ascending())
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(AuditEventEntity::toEvent).toList();
        return new Page<>(rows, query.count(em).getSingleResult());
    }

    /**
     * The export is recorded before its first byte, in a transaction of its own, so that a download the
     * client aborts (which rolls this transaction back) still leaves its trace; a second row gives the count.
     */
    @Override
    public long exportCsv(AuditFilter filter, OutputStream out) {
        AuditQuery query = new AuditQuery(filter, currentUser.scope());
        String me = session.getCallerPrincipal().getName();
        writer.writeNow(exportEntry("started CSV; filter " + filter), me);
        long written = 0;
        try (TableWriter table = TableWriter.open(ExportFormat.CSV, out, COLUMNS)) {
            long lastId = 0;
            List<AuditEventEntity> batch;
            do {
                batch = query.afterId(em, lastId).setMaxResults(EXPORT_BATCH).getResultList();
                for (AuditEventEntity entity : batch) {
                    AuditEvent e = entity.toEvent();
                    table.row(e.id(), e.occurredAt(), e.username(), e.clientAddress(), e.module(),
                            e.recordType(), e.recordId(), e.action(), e.regionCode(), e.provinceCode(), e.detail());
                    lastId = e.id();
                    written++;
                }
                em.clear();
            } while (batch.size() == EXPORT_BATCH);
        }
        writer.write(exportEntry("finished: " + written + " rows"), me);
        return written;
    }

    /** In the auditor's own territory, so that its auditors see who exported their events. */
    private AuditEntry exportEntry(String detail) {
        return AuditEntry.of("platform", "audit-log", null, AuditAction.EXPORT).inScope(currentUser.scope())
                .withDetail(detail);
    }

    @Override
    public List<String> modules() {
        return em.createQuery("select distinct e.module from AuditEventEntity e order by e.module", String.class)
                .getResultList();
    }
}
