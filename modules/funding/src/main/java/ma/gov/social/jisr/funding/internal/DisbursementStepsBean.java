package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps.Range;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.jobs.JobLeases;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** The funding-disbursement job's steps (see {@link DisbursementSteps} for why each can run again). */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER})
public class DisbursementStepsBean implements DisbursementSteps {
    /** Due: its agreement in force and its condition met (on signature, or the previous paid and its report approved). */
    private static final String DUE = " from fun_tranche t join fun_agreement g on g.id = t.agreement_id"
            + " join fun_project p on p.id = g.project_id"
            + " left join fun_tranche pt on pt.agreement_id = t.agreement_id and pt.number = t.number - 1"
            + " left join fun_report pr on pr.tranche_id = pt.id"
            + " where t.payment <> 'PAID' and g.status = 'ACTIVE' and (t.due_when = 'ON_SIGNATURE'"
            + " or (pt.payment = 'PAID' and pr.status = 'APPROVED'))"
            + " and (? is null or p.call_id = ?) and (? is null or p.domain = ?) and (? is null or p.region_code = ?)";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private AuditLog audit;
    @Inject
    private DisbursementSettings settings;
    @Inject
    private JobLeases leases;

    @Override
    public List<Range> begin(long runId, long execution) {
        Sql sql = new Sql(dataSource);
        DisbursementRun run = running(sql, runId);
        // selected once, when the run first starts: a restart goes on with the same list (the run row is locked)
        long due = sql.number("select count(*) from fun_run_due where run_id = ?", runId);
        if (due == 0) {
            List<Object> params = new ArrayList<>(List.of(runId));
            params.addAll(Arrays.asList(limits(run.request())));
            due = sql.update("insert into fun_run_due (run_id, tranche_id) select ?, t.id" + DUE, params.toArray());
        }
        sql.update("update fun_run set execution_id = ?, tranches_due = ? where id = ?", execution, due, runId);
        return RunRanges.of(sql, runId, due, settings.partitions());
    }

    @Override
    public List<Long> due(long runId, long afterId, long uptoId, int limit) {
        return new Sql(dataSource).list("select tranche_id from fun_run_due where run_id = ? and tranche_id > ?"
                + " and tranche_id <= ? order by tranche_id limit ?", r -> r.number("tranche_id"), runId, afterId,
                uptoId, Math.max(1, Math.min(limit, 5000)));
    }

    @Override
    public void order(long runId, int part, List<Long> trancheIds) {
        if (trancheIds.isEmpty()) {
            return;
        }
        Sql sql = new Sql(dataSource);
        // not locked: the ranges' chunks run side by side, and the run's row only says whether it still runs
        DisbursementRun run = new RunStore(sql).get(runId);
        if (run.status() != RunStatus.STARTED) {
            throw new JisrException("funding.run.wrongStatus", new JisrException.Word("run." + run.status().name()));
        }
        String in = String.join(",", Collections.nCopies(trancheIds.size(), "?"));
        // the chunk's own tranches locked for writing, in id order; what they stand on (agreement, association,
        // previous tranche...) locked for reading only: ranges side by side share associations without deadlock,
        // while a suspension or a second run waits for the chunk to commit
        sql.list("select id from fun_tranche where id in (" + in + ") order by id for update", r -> r.number("id"),
                trancheIds.toArray());
        List<RunOrders.Candidate> candidates = sql.list(AgreementReader.TRANCHES + " where t.id in (" + in + ")"
                + " order by t.id lock in share mode", RunOrders::candidate, trancheIds.toArray());
        Map<Long, Integer> rejected = new HashMap<>();
        sql.list("select tranche_id, count(*) n from fun_payment_order where status = 'REJECTED' and tranche_id in ("
                + in + ") group by tranche_id", r -> rejected.put(r.number("tranche_id"), r.integer("n")),
                trancheIds.toArray());
        RunOrders orders = new RunOrders(run, rejected, LocalDateTime.now());
        candidates.forEach(orders::take);
        orders.save(sql);
        long last = trancheIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        sql.update("update fun_run_part set read_upto = greatest(read_upto, ?), tranches_read = tranches_read + ?,"
                + " tranches_ordered = tranches_ordered + ?, tranches_refused = tranches_refused + ?, total = total + ?"
                + " where run_id = ? and part = ?", last, trancheIds.size(), orders.ordered(), orders.refused(),
                orders.total().amount(), runId, part);
    }

    @Override
    public void writeFile(long runId) {
        Sql sql = new Sql(dataSource);
        DisbursementRun run = running(sql, runId);
        RunFile.Totals totals = RunFile.totals(sql, runId);
        if (totals.count() == 0) {
            // a credit-transfer file holds at least one transfer: a run with nothing to pay ends without one
            sql.update("update fun_run set status = 'COMPLETED', version = version + 1 where id = ? and status = 'STARTED'",
                    runId);
            audit.record(AuditEntry.of(AssociationBean.MODULE, "run", runId, AuditAction.UPDATE).withDetail(
                    "nothing to pay: " + run.reference() + " ends without a file"));
            return;
        }
        RunFile.Written file = RunFile.write(sql, run, totals, settings.debtor(), settings.directory());
        if (run.fileSha256() != null && !run.fileSha256().equals(file.sha256())) {
            // the orders are frozen once the file exists: the same orders must give the same bytes
            throw new IllegalStateException("run " + run.reference() + " wrote " + file.sha256() + " after "
                    + run.fileSha256());
        }
        sql.update("update fun_run set file_sha256 = ?, file_bytes = ?, file_written_at = ?, status = 'COMPLETED',"
                + " version = version + 1 where id = ? and status = 'STARTED'", file.sha256(), file.bytes(),
                LocalDateTime.now(), runId);
        audit.record(AuditEntry.of(AssociationBean.MODULE, "run", runId, AuditAction.UPDATE).withDetail(
                "file written: " + run.reference() + ", " + file.bytes() + " bytes, sha-256 " + file.sha256()));
    }

    @Override
    public void failed(long runId, long execution) {
        // first, and without the database: if the database is what failed, the run must still be seen lost
        leases.ended(DisbursementBean.leaseKey(runId), execution);
        new Sql(dataSource).update("update fun_run set status = 'FAILED', version = version + 1 where id = ?"
                + " and status = 'STARTED' and execution_id = ?", runId, execution);
    }

    private static DisbursementRun running(Sql sql, long runId) {
        DisbursementRun run = new RunStore(sql).locked(runId);
        if (run.status() != RunStatus.STARTED) {
            throw new JisrException("funding.run.wrongStatus", new JisrException.Word("run." + run.status().name()));
        }
        return run;
    }

    private static Object[] limits(RunRequest r) {
        String domain = r.domain() == null ? null : r.domain().name();
        return new Object[] {r.callId(), r.callId(), domain, domain, r.regionCode(), r.regionCode()};
    }
}
