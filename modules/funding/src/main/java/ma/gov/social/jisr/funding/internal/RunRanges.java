package ma.gov.social.jisr.funding.internal;

import java.util.List;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps.Range;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * A run's selection cut into ranges of tranche ids of about the same size, read side by side. Cut once, when the
 * run first starts; a restart reads the same ranges from their own checkpoints.
 */
final class RunRanges {
    private RunRanges() {
    }

    /** The run's ranges, cut into {@code parts} (fewer for a small selection; one when it is empty) if not yet. */
    static List<Range> of(Sql sql, long runId, long due, int parts) {
        if (sql.number("select count(*) from fun_run_part where run_id = ?", runId) == 0) {
            int count = (int) Math.max(1, Math.min(parts, due));
            long after = 0;
            for (int part = 0; part < count; part++) {
                long upto = part == count - 1 ? Long.MAX_VALUE : sql.number("select tranche_id from fun_run_due where"
                        + " run_id = ? order by tranche_id limit 1 offset ?", runId, (part + 1) * due / count - 1);
                sql.update("insert into fun_run_part (run_id, part, after_id, upto_id, read_upto) values (?, ?, ?, ?, ?)",
                        runId, part, after, upto, after);
                after = upto;
            }
        }
        return sql.list("select part, read_upto, upto_id from fun_run_part where run_id = ? order by part",
                r -> new Range(r.integer("part"), r.number("read_upto"), r.number("upto_id")), runId);
    }
}
