package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.FundingTotals;
import ma.gov.social.jisr.funding.api.TotalRow;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** Submitted, selected, requested, granted and paid, grouped, in one query over the caller's territory. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class TotalsBean implements FundingTotals {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private FundingGate gate;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private TerritoryService territories;

    @Override
    public List<TotalRow> totals(Long callId, By by) {
        String key = switch (by) {
            case CALL -> "c.reference";
            case DOMAIN -> "p.domain";
            case REGION -> "p.region_code";
            case PROVINCE -> "p.province_code";
        };
        String call = callId == null ? " and ? is null" : " and p.call_id = ?";
        return new Sql(dataSource).list("select " + key + " k, count(*) submitted,"
                + " sum(p.status = 'SELECTED') selected, sum(p.amount_requested) requested,"
                + " coalesce(sum(g.amount_granted), 0) granted, coalesce(sum(paid.amount), 0) paid"
                + " from fun_project p join fun_call c on c.id = p.call_id"
                + " left join fun_agreement g on g.project_id = p.id and g.status <> 'DRAFT'"
                + " left join (select agreement_id, sum(amount) amount from fun_tranche where payment = 'PAID'"
                + " group by agreement_id) paid on paid.agreement_id = g.id"
                + " where p.status <> 'WITHDRAWN'" + call + gate.where() + " group by " + key + " order by " + key,
                r -> new TotalRow(r.string("k"), r.number("submitted"), r.number("selected"), r.dirhams("requested"),
                        r.dirhams("granted"), r.dirhams("paid")), gate.params(callId));
    }

    @Override
    public void export(Long callId, By by, Format format, Locale locale, OutputStream out) {
        List<TotalRow> rows = new ArrayList<>(totals(callId, by));
        rows.add(TotalRow.sum(rows));
        // recorded before the file leaves, in its own transaction: the download may be cut half-way
        audit.recordNow(AuditEntry.of(AssociationBean.MODULE, "totals", callId, AuditAction.EXPORT).inScope(me.scope())
                .withDetail(format + " by " + by.name()));
        new TotalsTable(locale, territories, new CallStore(new Sql(dataSource)).all(), by).write(format, callId, rows,
                out);
    }
}
