package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.DisbursementService;
import ma.gov.social.jisr.funding.api.FundingTotals;
import ma.gov.social.jisr.funding.api.RunLine;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.jobs.JobLeases;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Disbursement runs: prepared by one finance officer, approved by another, cancelled before they start. The
 * money leaves the central treasury: only national staff act on runs.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class DisbursementBean implements DisbursementService {
    static final String JOB = "funding-disbursement";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;
    @Inject
    private TerritoryService territories;
    @Inject
    private JobLeases leases;
    @Inject
    private DisbursementSettings settings;

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

    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Override
    public void start(long id, long version) {
        national(id, "start a run");
        RunStore store = new RunStore(new Sql(dataSource));
        DisbursementRun run = withLease(store.locked(id));
        if (!(run.status() == RunStatus.APPROVED || run.status() == RunStatus.FAILED || run.lost())) {
            throw new JisrException("funding.run.wrongStatus", new JisrException.Word("run." + run.status().name()));
        }
        // one start wins: the move is conditional on the version read under lock, on any server
        store.move(id, version, run.status(), RunStatus.STARTED, "execution_id = null");
        Properties parameters = new Properties();
        parameters.setProperty("run", Long.toString(id));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        leases.take(leaseKey(id), execution);
        audit.record(entry(id, AuditAction.UPDATE).withDetail((run.status() == RunStatus.APPROVED ? "started "
                : "restarted ") + run.reference() + ", execution " + execution));
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Override
    public void release(long id, long version) {
        national(id, "release a run");
        Sql sql = new Sql(dataSource);
        RunStore store = new RunStore(sql);
        DisbursementRun run = store.locked(id);
        DisbursementRules.requireStatus(run.status(), RunStatus.COMPLETED);
        // what leaves is the file recorded when the run ended, byte for byte
        RunFile.verified(sql, run, settings.debtor(), settings.directory());
        int paid = sql.update("update fun_tranche t join fun_payment_order o on o.tranche_id = t.id"
                + " set t.payment = 'PAID', t.paid_on = ?, t.payment_ref = o.end_to_end_id, t.returned_reason = null,"
                + " t.version = t.version + 1"
                + " where o.run_id = ? and o.status = 'ORDERED' and t.payment = 'CLAIMED' and t.claimed_by = ?",
                run.request().valueDate(), id, run.reference());
        if (paid != run.ordered()) {
            throw new IllegalStateException(run.reference() + ": " + paid + " tranches marked paid, " + run.ordered()
                    + " ordered");
        }
        store.move(id, version, RunStatus.COMPLETED, RunStatus.RELEASED, "released_by = ?, released_at = ?",
                me.username(), LocalDateTime.now());
        audit.record(entry(id, AuditAction.UPDATE).withDetail("released " + run.reference() + ": " + paid
                + " tranches paid on " + run.request().valueDate() + ", file sha-256 " + run.fileSha256()));
    }

    @Override
    public void file(long id, OutputStream out) {
        national(id, "download a run's file");
        Sql sql = new Sql(dataSource);
        DisbursementRun run = new RunStore(sql).get(id);
        if (run.fileSha256() == null) {
            throw new JisrException("funding.run.noFileYet");
        }
        Path file;
        try {
            file = RunFile.verified(sql, run, settings.debtor(), settings.directory());
        } catch (JisrException changed) {
            audit.recordNow(entry(id, AuditAction.ACCESS_REFUSED).withDetail("file of " + run.reference()
                    + " refused: its bytes differ from the recorded digest " + run.fileSha256()));
            throw changed;
        }
        // recorded before the file leaves, in its own transaction: the download may be cut half-way
        audit.recordNow(entry(id, AuditAction.EXPORT).withDetail("file of " + run.reference() + ", sha-256 "
                + run.fileSha256()));
        try {
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void summary(long id, FundingTotals.Format format, Locale locale, OutputStream out) {
        national(id, "download a run's summary");
        Sql sql = new Sql(dataSource);
        DisbursementRun run = new RunStore(sql).get(id);
        if (run.fileSha256() == null) {
            throw new JisrException("funding.run.noFileYet");
        }
        audit.recordNow(entry(id, AuditAction.EXPORT).withDetail(format + " summary of " + run.reference()));
        new RunSummary(sql, territories, locale).write(run, format, out);
    }

    @Override
    public DisbursementRun get(long id) {
        national(id, "read a run");
        return withLease(new RunStore(new Sql(dataSource)).get(id));
    }

    @Override
    public List<DisbursementRun> runs(int limit) {
        national(0, "list the runs");
        return new RunStore(new Sql(dataSource)).newest(limit).stream().map(this::withLease).toList();
    }

    @Override
    public List<RunLine> orders(long id, long afterTrancheId, int limit) {
        national(id, "read a run's payments");
        return new RunStore(new Sql(dataSource)).orders(id, afterTrancheId, limit);
    }

    @Override
    public List<RunLine> refusals(long id, long afterTrancheId, int limit) {
        national(id, "read a run's refusals");
        return new RunStore(new Sql(dataSource)).refusals(id, afterTrancheId, limit);
    }

    /** A STARTED run whose server stopped beating is lost, whatever the batch repository says. */
    private DisbursementRun withLease(DisbursementRun run) {
        return run.status() == RunStatus.STARTED && leases.lost(leaseKey(run.id())) ? run.asLost() : run;
    }

    static String leaseKey(long runId) {
        return "funding-run-" + runId;
    }

    private void national(long id, String what) {
        gate.requireNational("run", id, what, "funding.run.nationalOnly");
    }

    private static AuditEntry entry(long id, AuditAction action) {
        return AuditEntry.of(AssociationBean.MODULE, "run", id, action);
    }
}
