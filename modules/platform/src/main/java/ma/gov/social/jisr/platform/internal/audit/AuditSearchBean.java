package ma.gov.social.jisr.platform.internal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditSearchBean implements AuditSearchService {
    private static final int EXPORT_BATCH = 1000;

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

    @Override
    public long exportCsv(AuditFilter filter, OutputStream out) {
        AuditQuery query = new AuditQuery(filter, currentUser.scope());
        long written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel then reads Arabic right
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "username", "client_address",
                            "module", "record_type", "record_id", "action", "region", "province", "detail").get());
            long lastId = 0;
            List<AuditEventEntity> batch;
            do {
                batch = query.afterId(em, lastId).setMaxResults(EXPORT_BATCH).getResultList();
                for (AuditEventEntity entity : batch) {
                    AuditEvent e = entity.toEvent();
                    csv.printRecord(e.id(), e.occurredAt(), e.username(), e.clientAddress(), e.module(),
                            e.recordType(), e.recordId(), e.action(), e.regionCode(), e.provinceCode(), e.detail());
                    lastId = e.id();
                    written++;
                }
                em.clear();
            } while (batch.size() == EXPORT_BATCH);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.write(AuditEntry.of("platform", "audit-log", null, AuditAction.EXPORT)
                .withDetail(written + " rows; filter " + filter), session.getCallerPrincipal().getName());
        return written;
    }

    @Override
    public List<String> modules() {
        return em.createQuery("select distinct e.module from AuditEventEntity e order by e.module", String.class)
                .getResultList();
    }
}
