package ma.gov.social.jisr.platform.internal.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditEvent;
import ma.gov.social.jisr.platform.api.audit.AuditFilter;
import ma.gov.social.jisr.platform.api.audit.AuditSearchService;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.sql.Sql;

@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditSearchBean implements AuditSearchService {
    private static final int EXPORT_BATCH = 1000;
    private static final List<String> COLUMNS = List.of("id", "occurred_at", "username", "client_address",
            "module", "record_type", "record_id", "action", "region", "province", "detail");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Resource
    private SessionContext session;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private AuditWriter writer;

    @Override
    public List<AuditEvent> rows(AuditFilter filter, PageRequest page) {
        return new AuditQuery(filter, currentUser.scope()).rows(new Sql(dataSource), page);
    }

    @Override
    public long count(AuditFilter filter) {
        return new AuditQuery(filter, currentUser.scope()).count(new Sql(dataSource));
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
            List<AuditEvent> batch;
            do {
                batch = query.afterId(new Sql(dataSource), lastId, EXPORT_BATCH);
                for (AuditEvent e : batch) {
                    table.row(e.id(), e.occurredAt(), e.username(), e.clientAddress(), e.module(),
                            e.recordType(), e.recordId(), e.action(), e.regionCode(), e.provinceCode(), e.detail());
                    lastId = e.id();
                    written++;
                }
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
        return new Sql(dataSource).list("select distinct module from plt_audit_event order by module",
                row -> row.string("module"));
    }
}
