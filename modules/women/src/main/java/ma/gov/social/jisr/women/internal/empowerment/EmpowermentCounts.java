package ma.gov.social.jisr.women.internal.empowerment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentFigures;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentFigures.Line;

/**
 * The indicators of a period as four grouped queries (registrations, requests, trained women, launches),
 * grouped by region for a national view and by province within a region or a province: a page of figures
 * costs what its grouped reads cost, whatever the number of requests.
 */
final class EmpowermentCounts {
    private final Sql sql;
    private final TerritorialScope scope;
    private final String region;
    private final LocalDate from;
    private final LocalDate to;

    EmpowermentCounts(Sql sql, TerritorialScope scope, String region, LocalDate from, LocalDate to) {
        this.sql = sql;
        this.scope = scope;
        this.region = region;
        this.from = from;
        this.to = to;
    }

    EmpowermentFigures figures() {
        String by = scope.isNational() && region == null ? "region_code" : "province_code";
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Dirhams> amounts = new TreeMap<>();
        EmpWhere g = where("g").raw("g.registered_on between ? and ?", from, to);
        sql.list("select g." + by + " k, sum(g.kind = 'SELF_EMPLOYED') s, sum(g.kind = 'COOPERATIVE_MEMBER') c"
                + " from wom_emp_registration g" + g.sql() + " group by g." + by, r -> put(counts, r.string("k"),
                    0, r.number("s"), r.number("c")), g.array());
        EmpWhere q = where("q").raw("q.received_on between ? and ?", from, to);
        sql.list("select q." + by + " k, count(*) n, sum(q.stage in ('ACCEPTED', 'FINANCED', 'LAUNCHED')) a,"
                + " sum(q.financed_amount is not null) f, sum(coalesce(q.financed_amount, 0)) m from wom_emp_request q"
                + q.sql() + " group by q." + by, r -> {
                    amounts.put(r.string("k"), new Dirhams(r.decimal("m")));
                    return put(counts, r.string("k"), 2, r.number("n"), r.number("a"), r.number("f"));
                }, q.array());
        EmpWhere t = where("t").raw("t.held_on between ? and ?", from, to);
        sql.list("select t." + by + " k, count(distinct s.person_id) n from wom_emp_training t join wom_emp_seat s"
                + " on s.training_id = t.id and s.attended" + t.sql() + " group by t." + by,
                r -> put(counts, r.string("k"), 5, r.number("n")), t.array());
        EmpWhere m = where("q").raw("q.received_on between ? and ? and m.done_on is not null and m.position in"
                + " (5, 6)", from, to);
        sql.list("select q." + by + " k, sum(m.position = 5) l, sum(m.position = 6 and m.still_active) a from"
                + " wom_emp_milestone m join wom_emp_request q on q.id = m.request_id" + m.sql() + " group by q." + by,
                r -> put(counts, r.string("k"), 6, r.number("l"), r.number("a")), m.array());
        List<Line> lines = new ArrayList<>();
        long[] total = new long[8];
        Dirhams sum = Dirhams.ZERO;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Dirhams amount = amounts.getOrDefault(e.getKey(), Dirhams.ZERO);
            lines.add(line(e.getKey(), e.getValue(), amount));
            for (int i = 0; i < total.length; i++) {
                total[i] += e.getValue()[i];
            }
            sum = sum.plus(amount);
        }
        return new EmpowermentFigures("region_code".equals(by), lines, line(null, total, sum));
    }

    private EmpWhere where(String alias) {
        return new EmpWhere(scope, alias).and("region_code = ?", region);
    }

    private static long[] put(Map<String, long[]> counts, String key, int at, long... values) {
        long[] line = counts.computeIfAbsent(key, k -> new long[8]);
        System.arraycopy(values, 0, line, at, values.length);
        return line;
    }

    private static Line line(String code, long[] v, Dirhams amount) {
        return new Line(code, v[0], v[1], v[2], v[3], v[4], amount, v[5], v[6], v[7]);
    }
}
