package ma.gov.social.jisr.funding.internal;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.NotPayable;
import ma.gov.social.jisr.funding.api.Tranche;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * What one chunk of a run decides about its tranches, read again under lock: a claim and a payment order for
 * each payable tranche, the reasons of each other one. Saved in batches, in the chunk's transaction.
 */
final class RunOrders {
    /** A due tranche with what its payment order carries. */
    record Candidate(Tranche tranche, String claimedBy, long associationId, String name, String rib, String region,
                     String province, long callId, String domain) {
    }

    private final DisbursementRun run;
    /** Tranche id to its rejected orders: a tranche the bank refused before is ordered again, as a new attempt. */
    private final Map<Long, Integer> rejected;
    private final LocalDateTime now;
    private final List<Long> claims = new ArrayList<>();
    private final List<Object[]> orders = new ArrayList<>();
    private final List<Object[]> refusals = new ArrayList<>();
    private Dirhams total = Dirhams.ZERO;

    RunOrders(DisbursementRun run, Map<Long, Integer> rejected, LocalDateTime now) {
        this.run = run;
        this.rejected = rejected;
        this.now = now;
    }

    static Candidate candidate(Row r) throws SQLException {
        return new Candidate(AgreementReader.tranche(r), r.string("claimed_by"), r.number("association_id"),
                r.string("name_fr"), r.string("rib"), r.string("region_code"), r.string("province_code"),
                r.number("call_id"), r.string("domain"));
    }

    void take(Candidate c) {
        Tranche t = c.tranche();
        if (t.payable()) {
            int attempt = rejected.getOrDefault(t.id(), 0) + 1;
            claims.add(t.id());
            orders.add(new Object[] {run.id(), t.id(), attempt, "JISR-T" + t.id() + "-" + attempt, t.amount().amount(),
                    c.associationId(), c.name(), c.rib(), c.region(), c.province(), c.callId(), c.domain()});
            total = total.plus(t.amount());
        } else if (!run.reference().equals(c.claimedBy())) {
            // a tranche this run already ordered is not refused by it; any other blocked tranche is listed
            refusals.add(new Object[] {run.id(), t.id(), t.blockers().stream().map(NotPayable::name).sorted()
                    .collect(Collectors.joining(","))});
        }
    }

    void save(Sql sql) {
        // the rows are locked and were read UNPAID and payable: the conditional update cannot miss, and the
        // database's one live order per tranche stands behind it whatever happens
        if (!claims.isEmpty()) {
            // one statement for the chunk: a batch of single-row updates costs a round of the server's each
            Object[] params = new Object[claims.size() + 2];
            params[0] = run.reference();
            params[1] = now;
            for (int i = 0; i < claims.size(); i++) {
                params[i + 2] = claims.get(i);
            }
            // the key forced: on a small table the optimizer scans it whole, locking every row it reads, and two
            // ranges of the run claiming side by side would then deadlock
            int claimed = sql.update("update fun_tranche force index (primary) set payment = 'CLAIMED', claimed_by = ?,"
                    + " claimed_at = ?,"
                    + " version = version + 1 where payment = 'UNPAID' and id in ("
                    + String.join(",", Collections.nCopies(claims.size(), "?")) + ")", params);
            if (claimed != claims.size()) {
                throw new IllegalStateException(run.reference() + " claimed " + claimed + " of " + claims.size());
            }
        }
        // ids from the column's default (the sequence), in the server: no round trip per block of ids
        sql.insertRows("insert into fun_payment_order (run_id, tranche_id, attempt, end_to_end_id, amount,"
                + " association_id, creditor_name, rib, region_code, province_code, call_id, domain)", orders, 500);
        sql.batch("insert ignore into fun_run_refusal (run_id, tranche_id, reasons) values (?, ?, ?)", refusals);
    }

    int ordered() {
        return orders.size();
    }

    int refused() {
        return refusals.size();
    }

    Dirhams total() {
        return total;
    }
}
