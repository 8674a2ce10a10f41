package ma.gov.social.jisr.funding.internal;

import java.sql.SQLException;
import java.util.List;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.RunLine;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Disbursement runs in fun_run: read, and moved from one status to the next with their version. */
final class RunStore {
    /** The run's counts are the sums of its ranges' (fun_run_part), each written by its own chunks. */
    private static final String SELECT = "select r.*, c.reference call_reference, coalesce(p.tranches_read, 0) tr,"
            + " coalesce(p.tranches_ordered, 0) tor, coalesce(p.tranches_refused, 0) tf, coalesce(p.total, 0) tt"
            + " from fun_run r left join fun_call c on c.id = r.call_id left join (select run_id,"
            + " sum(tranches_read) tranches_read, sum(tranches_ordered) tranches_ordered,"
            + " sum(tranches_refused) tranches_refused, sum(total) total from fun_run_part group by run_id) p"
            + " on p.run_id = r.id";

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

    List<RunLine> orders(long runId, long afterTrancheId, int limit) {
        return sql.list("select o.tranche_id, g.id agreement_id, g.reference, t.number, o.creditor_name, o.amount,"
                + " o.end_to_end_id, o.status, nullif(concat_ws(' ', o.bank_reason_code, o.bank_reason), '') reasons"
                + " from fun_payment_order o"
                + " join fun_tranche t on t.id = o.tranche_id join fun_agreement g on g.id = t.agreement_id"
                + " where o.run_id = ? and o.tranche_id > ? order by o.tranche_id limit ?", RunStore::line, runId,
                afterTrancheId, Math.max(1, Math.min(limit, 500)));
    }

    List<RunLine> refusals(long runId, long afterTrancheId, int limit) {
        return sql.list("select f.tranche_id, g.id agreement_id, g.reference, t.number, a.name_fr creditor_name,"
                + " t.amount, null end_to_end_id, null status, f.reasons from fun_run_refusal f"
                + " join fun_tranche t on t.id = f.tranche_id join fun_agreement g on g.id = t.agreement_id"
                + " join fun_project p on p.id = g.project_id join fun_association a on a.id = p.association_id"
                + " where f.run_id = ? and f.tranche_id > ? order by f.tranche_id limit ?", RunStore::line, runId,
                afterTrancheId, Math.max(1, Math.min(limit, 500)));
    }

    private static RunLine line(Row r) throws SQLException {
        return new RunLine(r.number("tranche_id"), r.number("agreement_id"), r.string("reference"),
                r.integer("number"), r.string("creditor_name"), r.dirhams("amount"), r.string("end_to_end_id"),
                r.string("status"), r.string("reasons"));
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
        RunStatus status = r.enumValue("status", RunStatus.class);
        return new DisbursementRun(r.number("id"), r.number("version"), r.string("reference"),
                new RunRequest(r.date("value_date"), r.nullableNumber("call_id"),
                        r.enumValue("domain", FundingDomain.class), r.string("region_code")),
                r.string("call_reference"), status, r.string("prepared_by"), r.time("prepared_at"),
                r.string("approved_by"), r.time("approved_at"), r.string("cancelled_by"), r.time("cancelled_at"),
                r.number("tranches_due"), r.number("tr"), r.number("tor"), r.number("tf"), r.dirhams("tt"), r.string("file_sha256"), r.nullableNumber("file_bytes"), r.string("released_by"),
                r.time("released_at"), false);
    }
}
