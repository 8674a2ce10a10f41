package ma.gov.social.jisr.funding.internal;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Reads and writes the rows of a call (fun_call and its grid in fun_criterion). */
final class CallStore {
    private static final String COLUMNS = "c.id, c.version, c.reference, c.title_ar, c.title_fr, c.domains, c.provinces,"
            + " c.opens_at, c.closes_at, c.envelope, c.ceiling, c.min_years, c.pass_mark, c.tie_rule,"
            + " c.province_spread, c.required_docs, c.evaluators, c.status, c.decided_at, c.decided_by,"
            + " (select count(*) from fun_project p where p.call_id = c.id) projects,"
            + " (select count(*) from fun_project p where p.call_id = c.id and p.status = 'SELECTED') selected";

    private final Sql sql;

    CallStore(Sql sql) {
        this.sql = sql;
    }

    List<CallDetails> all() {
        List<CallDetails> calls = sql.list("select " + COLUMNS + " from fun_call c order by c.opens_at desc, c.id desc",
                r -> details(r, List.of()));
        return calls.stream().map(c -> withCriteria(c, criteria(c.id()))).toList();
    }

    CallDetails get(long id) {
        return sql.one("select " + COLUMNS + " from fun_call c where c.id = ?", r -> details(r, criteria(id)), id)
                .orElseThrow(() -> new JisrException("funding.call.notFound"));
    }

    /** The call, its row locked until the transaction ends: submissions and decisions queue behind a change. */
    CallDetails locked(long id) {
        sql.number("select id from fun_call where id = ? for update", id);
        return get(id);
    }

    private List<Criterion> criteria(long callId) {
        return sql.list("select label_ar, label_fr, weight from fun_criterion where call_id = ? order by position",
                r -> new Criterion(r.string("label_ar"), r.string("label_fr"), r.integer("weight")), callId);
    }

    private static CallDetails withCriteria(CallDetails c, List<Criterion> criteria) {
        CallData d = c.data();
        return new CallDetails(c.id(), c.version(), new CallData(d.reference(), d.titleAr(), d.titleFr(), d.domains(),
                d.provinces(), d.opensAt(), d.closesAt(), d.envelope(), d.ceiling(), d.minYears(), d.passMark(),
                d.tieRule(), d.provinceSpread(), d.requiredDocuments(), criteria, d.evaluators()), c.status(),
                c.projects(), c.selected(), c.decidedAt(), c.decidedBy());
    }

    private static CallDetails details(Row r, List<Criterion> criteria) throws SQLException {
        CallData data = new CallData(r.string("reference"), r.string("title_ar"), r.string("title_fr"),
                enums(r.string("domains"), FundingDomain.class), new TreeSet<>(split(r.string("provinces"))),
                r.time("opens_at"), r.time("closes_at"), r.dirhams("envelope"), r.dirhams("ceiling"),
                r.integer("min_years"), r.integer("pass_mark"), r.enumValue("tie_rule", TieRule.class),
                r.flag("province_spread"), enums(r.string("required_docs"), DocumentKind.class), criteria,
                split(r.string("evaluators")));
        return new CallDetails(r.number("id"), r.number("version"), data, r.enumValue("status", CallStatus.class),
                r.number("projects"), r.number("selected"), r.time("decided_at"), r.string("decided_by"));
    }

    long insert(long id, CallData d, String by, LocalDateTime at) {
        sql.update("insert into fun_call (id, reference, title_ar, title_fr, domains, provinces, opens_at, closes_at,"
                + " envelope, ceiling, min_years, pass_mark, tie_rule, province_spread, required_docs, evaluators,"
                + " status, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)", values(id, d, by, at));
        writeCriteria(id, d.criteria());
        return id;
    }

    void update(long id, long version, CallData d, String by, LocalDateTime at) {
        Object[] v = values(id, d, by, at);
        int changed = sql.update("update fun_call set reference = ?, title_ar = ?, title_fr = ?, domains = ?,"
                + " provinces = ?, opens_at = ?, closes_at = ?, envelope = ?, ceiling = ?, min_years = ?, pass_mark = ?,"
                + " tie_rule = ?, province_spread = ?, required_docs = ?, evaluators = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 where id = ? and version = ? and status = 'DRAFT'",
                v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], at, by,
                id, version);
        if (changed == 0) {
            throw new JisrException("funding.changedMeanwhile");
        }
        sql.update("delete from fun_criterion where call_id = ?", id);
        writeCriteria(id, d.criteria());
    }

    /** Moves the call from one status to the next; refused if someone changed it meanwhile. */
    void move(long id, long version, CallStatus from, CallStatus to, String by, LocalDateTime at) {
        int changed = sql.update("update fun_call set status = ?, version = version + 1, updated_at = ?, updated_by = ?,"
                + " decided_at = case when ? = 'DECIDED' then ? else decided_at end,"
                + " decided_by = case when ? = 'DECIDED' then ? else decided_by end"
                + " where id = ? and version = ? and status = ?", to.name(), at, by, to.name(), at, to.name(), by, id,
                version, from.name());
        if (changed == 0) {
            throw new JisrException("funding.changedMeanwhile");
        }
    }

    private void writeCriteria(long id, List<Criterion> criteria) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            rows.add(new Object[] {id, i + 1, c.labelAr().strip(), c.labelFr().strip(), c.weight()});
        }
        sql.batch("insert into fun_criterion (call_id, position, label_ar, label_fr, weight) values (?, ?, ?, ?, ?)",
                rows);
    }

    private static Object[] values(long id, CallData d, String by, LocalDateTime at) {
        return new Object[] {id, d.reference().strip(), d.titleAr().strip(), d.titleFr().strip(), join(d.domains()),
            String.join("|", new TreeSet<>(d.provinces())), d.opensAt(), d.closesAt(), d.envelope().amount(),
            d.ceiling().amount(), d.minYears(), d.passMark(), d.tieRule().name(), d.provinceSpread(),
            join(d.requiredDocuments()), String.join("|", d.evaluators()), at, by, at, by};
    }

    static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.copyOf(new LinkedHashSet<>(
                Arrays.asList(joined.split("\\|"))));
    }

    static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        split(joined).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }
}
