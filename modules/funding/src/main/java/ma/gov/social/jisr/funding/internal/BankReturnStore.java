package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * A bank return's lines: staged chunk by chunk (unseen by the run screens), then, when the whole file is in,
 * matched against the payment orders and applied in the platform's transaction that ends the import. A line is
 * applied only to a payment of a released run, with its exact id and amount, still waiting for the bank's answer;
 * every other line keeps what it failed to match, for the reconciliation page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BankReturnStore {
    static final String MODULE = "funding";
    /** What a line matches, in one expression, used when staging (to count the lines held) and when applying. */
    private static final String MATCH = "update fun_bank_line l left join fun_payment_order o"
            + " on o.end_to_end_id = l.end_to_end_id left join fun_run r on r.id = o.run_id"
            + " set l.order_id = o.id, l.matched = case when o.id is null then 'UNKNOWN'"
            + " when l.amount is null or l.amount <> o.amount or l.currency <> 'MAD' then 'AMOUNT'"
            + " when r.status <> 'RELEASED' then 'NOT_RELEASED'"
            + " when l.outcome = 'PENDING' or o.status = 'ORDERED' then 'MATCHED'"
            + " when o.status = l.outcome then 'ALREADY' else 'CONFLICT' end where l.import_tag = ?";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** Stages a chunk; answers how many of its lines match no payment waiting for the bank (to be listed). */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public int save(List<BankLine> chunk, String tag, String username) {
        Sql sql = new Sql(dataSource);
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (BankLine l : chunk) {
            rows.add(new Object[] {tag, l.lineNo(), l.endToEndId(), l.amount() == null ? null : l.amount().amount(),
                    l.currency(), l.outcome(), l.reasonCode(), l.reason(), l.bankReference(), username});
        }
        sql.batch("insert into fun_bank_line (import_tag, line_no, end_to_end_id, amount, currency, outcome,"
                + " reason_code, reason, bank_reference, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        sql.update(MATCH + " and l.line_no between ? and ?", tag, chunk.get(0).lineNo(),
                chunk.get(chunk.size() - 1).lineNo());
        return (int) sql.number("select count(*) from fun_bank_line where import_tag = ? and line_no between ? and ?"
                + " and matched <> 'MATCHED'", tag, chunk.get(0).lineNo(), chunk.get(chunk.size() - 1).lineNo());
    }

    /**
     * Matches again (other imports may have answered meanwhile), then applies: an execution records the bank's
     * reference; a rejection records its reason and makes the tranche due again, for the next run.
     */
    @PermitAll
    public void publish(String tag) {
        Sql sql = new Sql(dataSource);
        sql.update(MATCH, tag);
        LocalDateTime now = LocalDateTime.now();
        String matched = " where l.import_tag = ? and l.matched = 'MATCHED' and l.outcome = ? and o.status = 'ORDERED'";
        sql.update("update fun_tranche t join fun_payment_order o on o.tranche_id = t.id join fun_bank_line l"
                + " on l.order_id = o.id set t.payment = 'UNPAID', t.claimed_by = null, t.claimed_at = null,"
                + " t.paid_on = null, t.payment_ref = null, t.version = t.version + 1,"
                + " t.returned_reason = coalesce(nullif(concat_ws(' ', l.reason_code, l.reason), ''), 'rejected')"
                + matched + " and t.payment = 'PAID' and t.payment_ref = o.end_to_end_id", tag, "REJECTED");
        for (String outcome : List.of("REJECTED", "EXECUTED")) {
            sql.update("update fun_payment_order o join fun_bank_line l on l.order_id = o.id set o.status = l.outcome,"
                    + " o.bank_reason_code = l.reason_code, o.bank_reason = l.reason,"
                    + " o.bank_reference = l.bank_reference, o.reconciled_at = ?" + matched, now, tag, outcome);
        }
        sql.update("update fun_bank_line set published = true where import_tag = ?", tag);
    }

    @PermitAll
    public void discard(String tag) {
        new Sql(dataSource).update("delete from fun_bank_line where import_tag = ? and not published", tag);
    }
}
