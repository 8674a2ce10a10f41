package ma.gov.social.jisr.children.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.children.api.WatchItem;
import ma.gov.social.jisr.children.api.WatchItem.Reason;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The supervisor's watch list: what is late or coming on the open child cases of the caller's territory.
 * Each part is one indexed read of the module's rows; the kernel then keeps only the open cases the caller
 * may open, and gives their references.
 */
@Dependent
public class Watch {
    private static final int LIMIT = 500;

    @Inject
    private ChildStore store;
    @Inject
    private CaseService cases;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    List<WatchItem> items(int days) {
        LocalDate today = LocalDate.now();
        Sql sql = store.sql();
        List<WatchItem> found = new ArrayList<>();
        String scope = scope(me.scope());
        Object code = me.scope().isNational() ? null : me.scope().code();
        found.addAll(sql.list("select case_id, province_code, emergency_due from chi_identification where"
                + " emergency_due < ? and emergency_met_at is null" + scope + " limit " + LIMIT,
                r -> item(r.number("case_id"), r.string("province_code"), Reason.EMERGENCY_OVERDUE,
                        r.time("emergency_due").toLocalDate()), params(store.now(), code)));
        found.addAll(sql.list("select case_id, province_code, review_on from chi_measure where ended_on is null"
                + " and review_on < ?" + scope + " limit " + LIMIT, r -> item(r.number("case_id"),
                r.string("province_code"), Reason.MEASURE_REVIEW_OVERDUE, r.date("review_on")), params(today, code)));
        found.addAll(sql.list("select case_id, province_code, adult_on from chi_identification where adult_on"
                + " between ? and ? and transition_kind is null" + scope + " limit " + LIMIT, r -> item(
                r.number("case_id"), r.string("province_code"), Reason.TURNING_18, r.date("adult_on")),
                params(today, code, today.plusDays(days))));
        found.addAll(sql.list("select p.case_id, i.province_code, p.review_due_on from chi_project p join"
                + " chi_identification i on i.case_id = p.case_id where p.review_due_on is not null"
                + scope.replace("province_code", "i.province_code").replace("region_code", "i.region_code")
                + " limit " + LIMIT, r -> item(r.number("case_id"), r.string("province_code"),
                Reason.LIFE_PROJECT_REVIEW_DUE, r.date("review_due_on")), params(null, code)));
        Map<Long, String> open = cases.openReferences(ChildrenCases.MODULE,
                found.stream().map(WatchItem::caseId).distinct().toList());
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "watch-list", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()));
        return found.stream().filter(w -> open.containsKey(w.caseId()))
                .map(w -> new WatchItem(w.caseId(), open.get(w.caseId()), w.provinceCode(), w.reason(), w.date()))
                .sorted(Comparator.comparing(WatchItem::reason).thenComparing(WatchItem::date)).toList();
    }

    private static WatchItem item(long caseId, String province, Reason reason, LocalDate date) {
        return new WatchItem(caseId, null, province, reason, date);
    }

    /** The first parameter (if any), the scope's code (if any), then the rest, in the order the SQL reads them. */
    private static Object[] params(Object first, Object code, Object... rest) {
        List<Object> p = new ArrayList<>();
        if (first != null) {
            p.add(first);
        }
        p.addAll(List.of(rest));
        if (code != null) {
            p.add(code);
        }
        return p.toArray();
    }

    private static String scope(TerritorialScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> "";
            case REGION -> " and region_code = ?";
            case PROVINCE -> " and province_code = ?";
        };
    }
}
