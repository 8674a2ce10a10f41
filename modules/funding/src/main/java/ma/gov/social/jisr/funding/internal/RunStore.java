package ma.gov.social.jisr.funding.internal;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.jobs.JobLease;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Disbursement runs in fun_run: read, and moved from one status to the next with their version. */
final class RunStore {
    private static final String SELECT = "select r.*, c.reference call_reference from fun_run r"
            + " left join fun_call c on c.id = r.call_id";

    private final Sql sql;

    RunStore(Sql sql) {
        this.sql = sql;
    }

    DisbursementRun get(long id) {
        return sql.one(SELECT + " where r.id = ?", RunStore::run, id)
                .orElseThrow(() -> new JisrException("funding.run.notFound"));
    }

    /** The run, its row locked until the transaction ends: moves on one run are one at a time. */
    DisbursementRun locked(long id) {
        return sql.one(SELECT + " where r.id = ? for update", RunStore::run, id)
                .orElseThrow(() -> new JisrException("funding.run.notFound"));
    }

    List<DisbursementRun> newest(int limit) {
        return sql.list(SELECT + " order by r.id desc limit ?", RunStore::run, Math.max(1, Math.min(limit, 500)));
    }

    /** Moves a run on, provided nobody moved it since it was read (its version) and it is still where it was. */
    void move(long id, long version, RunStatus from, RunStatus to, String setColumns, Object... values) {
        Object[] params = new Object[values.length + 4];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = to.name();
        params[values.length + 1] = id;
        params[values.length + 2] = version;
        params[values.length + 3] = from.name();
        int changed = sql.update("update fun_run set " + setColumns + ", status = ?, version = version + 1"
                + " where id = ? and version = ? and status = ?", params);
        if (changed == 0) {
            throw new JisrException("funding.changedMeanwhile");
        }
    }

    private static DisbursementRun run(Row r) throws SQLException {
        LocalDateTime heartbeat = r.time("run_heartbeat");
        RunStatus status = r.enumValue("status", RunStatus.class);
        return new DisbursementRun(r.number("id"), r.number("version"), r.string("reference"),
                new RunRequest(r.date("value_date"), r.nullableNumber("call_id"),
                        r.enumValue("domain", FundingDomain.class), r.string("region_code")),
                r.string("call_reference"), status, r.string("prepared_by"), r.time("prepared_at"),
                r.string("approved_by"), r.time("approved_at"), r.string("cancelled_by"), r.time("cancelled_at"),
                r.number("tranches_read"), r.number("tranches_ordered"), r.number("tranches_refused"),
                r.dirhams("total"), r.string("file_sha256"), r.nullableNumber("file_bytes"), r.string("released_by"),
                r.time("released_at"), status == RunStatus.STARTED && JobLease.lost(heartbeat,
                LocalDateTime.now()));
    }
}
