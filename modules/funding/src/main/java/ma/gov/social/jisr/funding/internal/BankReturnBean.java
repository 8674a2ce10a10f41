package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.BankReturnLine;
import ma.gov.social.jisr.funding.api.BankReturns;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** The reconciliation's record: the published lines of a bank return, matched or not. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class BankReturnBean implements BankReturns {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private FundingGate gate;

    @Override
    public Map<String, Long> counts(String importId) {
        gate.requireNational("bankReturn", 0, "read a bank return", "funding.run.nationalOnly");
        Map<String, Long> counts = new LinkedHashMap<>();
        new Sql(dataSource).list("select matched, outcome, count(*) n from fun_bank_line where import_tag = ?"
                + " and published group by matched, outcome order by matched, outcome", r -> Map.entry(
                        r.string("matched") + " " + r.string("outcome"), r.number("n")), importId)
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public List<BankReturnLine> lines(String importId, boolean unmatchedOnly, long afterLine, int limit) {
        gate.requireNational("bankReturn", 0, "read a bank return", "funding.run.nationalOnly");
        return new Sql(dataSource).list("select l.*, r.id run_id, r.reference run_reference, o.amount ordered"
                + " from fun_bank_line l left join fun_payment_order o on o.id = l.order_id"
                + " left join fun_run r on r.id = o.run_id where l.import_tag = ? and l.published"
                + (unmatchedOnly ? " and l.matched <> 'MATCHED'" : "") + " and l.line_no > ? order by l.line_no limit ?",
                r -> new BankReturnLine(r.number("line_no"), r.string("end_to_end_id"), r.dirhams("amount"),
                        r.string("currency"), r.string("outcome"), r.string("reason_code"), r.string("reason"),
                        r.string("matched"), r.nullableNumber("run_id"), r.string("run_reference"),
                        r.dirhams("ordered")), importId, afterLine, Math.max(1, Math.min(limit, 500)));
    }
}
