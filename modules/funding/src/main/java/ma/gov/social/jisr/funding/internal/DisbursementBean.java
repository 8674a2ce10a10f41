package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.DisbursementService;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Disbursement runs: prepared by one finance officer, approved by another, cancelled before they start. The
 * money leaves the central treasury: only national staff act on runs.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class DisbursementBean implements DisbursementService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private TerritoryService territories;

    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Override
    public long prepare(RunRequest request) {
        national(0, "prepare a run");
        DisbursementRules.checkRequest(request, FundingClock.now().toLocalDate());
        Sql sql = new Sql(dataSource);
        if (request.callId() != null && sql.number("select count(*) from fun_call where id = ?", request.callId()) == 0) {
            throw new JisrException("funding.run.callUnknown");
        }
        if (request.regionCode() != null && territories.region(request.regionCode()).isEmpty()) {
            throw new JisrException("funding.run.regionUnknown");
        }
        long id = sql.ids("fun_run_seq", 50).getAsLong();
        String reference = "DEC-" + request.valueDate().getYear() + "-" + id;
        sql.update("insert into fun_run (id, reference, value_date, call_id, domain, region_code, status, prepared_by,"
                + " prepared_at) values (?, ?, ?, ?, ?, ?, 'PREPARED', ?, ?)", id, reference, request.valueDate(),
                request.callId(), request.domain() == null ? null : request.domain().name(), request.regionCode(),
                me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.CREATE).withDetail("prepared " + reference + " for " + request));
        return id;
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Override
    public void approve(long id, long version) {
        national(id, "approve a run");
        RunStore store = new RunStore(new Sql(dataSource));
        DisbursementRun run = store.locked(id);
        DisbursementRules.requireStatus(run.status(), RunStatus.PREPARED);
        try {
            DisbursementRules.checkApprover(run.preparedBy(), me.username());
        } catch (JisrException refused) {
            audit.recordNow(entry(id, AuditAction.ACCESS_REFUSED).withDetail("approval refused: prepared by the"
                    + " same person"));
            throw refused;
        }
        store.move(id, version, RunStatus.PREPARED, RunStatus.APPROVED, "approved_by = ?, approved_at = ?",
                me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE).withDetail("approved " + run.reference()));
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Override
    public void cancel(long id, long version) {
        national(id, "cancel a run");
        RunStore store = new RunStore(new Sql(dataSource));
        DisbursementRun run = store.locked(id);
        DisbursementRules.requireStatus(run.status(), RunStatus.PREPARED, RunStatus.APPROVED);
        store.move(id, version, run.status(), RunStatus.CANCELLED, "cancelled_by = ?, cancelled_at = ?",
                me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE).withDetail("cancelled " + run.reference()));
    }

    @Override
    public DisbursementRun get(long id) {
        national(id, "read a run");
        return new RunStore(new Sql(dataSource)).get(id);
    }

    @Override
    public List<DisbursementRun> runs(int limit) {
        national(0, "list the runs");
        return new RunStore(new Sql(dataSource)).newest(limit);
    }

    private void national(long id, String what) {
        if (!me.scope().isNational()) {
            audit.recordNow(entry(id, AuditAction.ACCESS_REFUSED).withDetail(what + ": needs national scope"));
            throw new JisrException("funding.run.nationalOnly");
        }
    }

    private static AuditEntry entry(long id, AuditAction action) {
        return AuditEntry.of(AssociationBean.MODULE, "run", id, action);
    }
}
