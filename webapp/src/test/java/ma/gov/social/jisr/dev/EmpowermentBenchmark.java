package ma.gov.social.jisr.dev;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import ma.gov.social.jisr.it.FacesClient;

/**
 * Economic empowerment at national scale ({@link EmpowermentData}: 500,000 funding requests, about 41,700 per
 * region). Logged in as Casablanca-Settat's coordinator (the demo accounts hold no coordinator of Fès-Meknès,
 * and the benchmark creates no account): the requests list of the region, first page as the address opens it
 * (25 rows newest first and the count) against the same two queries run bare, a page 10,000 rows deep by ajax
 * against its offset query, and the next one by keyset against its seek; the region's indicators page (every
 * figure) against its four grouped queries run bare, summed. Then the national indicators as the national
 * coordinator coord.enfance. Medians of {@link Benchmark#RUNS} runs after a warm-up.
 */
final class EmpowermentBenchmark {
    static final String USER = CaseBenchmark.SUPERVISOR;
    static final String REGION = "MA-06";
    static final String NATIONAL = ChildBenchmark.USER;
    private static final String LIST = "women/empowerment/requests.xhtml";
    private static final String INDICATORS = "women/empowerment/indicators.xhtml";
    private static final String FROM = "2020-01-01";
    private static final String TO = "2026-12-31";
    private static final int WARMUP = Integer.getInteger("jisr.bench.empWarmup", 300);
    private static final String COLUMNS = "id, person_id, idea, sector, amount_asked, region_code, province_code,"
            + " received_on, stage, programme, financed_amount, adviser";
    private static final String ORDER = " order by received_on desc, id desc";

    private EmpowermentBenchmark() {
    }

    static void run(Connection c, FacesClient coordinator, FacesClient national) throws Exception {
        EmpowermentData.fill(c);
        String where = " where region_code = '" + REGION + "'";
        System.out.printf("%n[bench] empowerment as %s, region %s (%,d requests of %,d; %,d registrations, %,d"
                + " milestones, %,d training seats)%n", USER, REGION, Benchmark.single(c, "select count(*) from"
                + " wom_emp_request" + where), Benchmark.single(c, "select count(*) from wom_emp_request"),
                Benchmark.single(c, "select count(*) from wom_emp_registration"), Benchmark.single(c,
                "select count(*) from wom_emp_milestone"), Benchmark.single(c, "select count(*) from wom_emp_seat"));
        list(c, coordinator, where);
        indicators(c, coordinator, REGION);
        indicators(c, national, null);
    }

    private static void list(Connection c, FacesClient coordinator, String where) throws Exception {
        String path = LIST + "?region=" + REGION;
        for (int i = 0; i < WARMUP / 10; i++) {
            CaseBenchmark.ok(coordinator.get(path), "requests:list");
        }
        // the page as the address opens it: its first 25 rows and its count, rendered whole
        double page = Benchmark.median(() -> Benchmark.timed(() -> CaseBenchmark.ok(coordinator.get(path),
                "requests:list")));
        String first = "select " + COLUMNS + " from wom_emp_request" + where + ORDER + " limit 25";
        String count = "select count(*) from wom_emp_request" + where;
        double bare = Benchmark.median(() -> Benchmark.timedSql(c, first) + Benchmark.timedSql(c, count));
        System.out.printf("[bench] requests list, first page (GET, %,d rows counted): %.1f ms server response, %.1f ms"
                + " bare SQL (page and count), %.1fx%n", Benchmark.single(c, count), page, bare, page / bare);
        // page turns on a view of its own, opened after the page loads above (each of which made a view)
        String state = CaseBenchmark.ok(coordinator.get(path), "requests:list").body();
        long started = System.nanoTime();
        for (int i = 0; i < WARMUP; i++) {
            CaseBenchmark.ok(coordinator.ajax(LIST, state, "requests", CaseBenchmark.paging("requests", i % 4 * 25)),
                    "requests:list");
        }
        System.out.printf("[bench] warm-up: %,d page turns in %.0f s%n", WARMUP, (System.nanoTime() - started) / 1e9);
        double deep = Benchmark.median(() -> Benchmark.timed(() -> CaseBenchmark.ok(coordinator.ajax(LIST, state,
                "requests", CaseBenchmark.paging("requests", 10_000)), "requests:list")));
        double deepSql = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from wom_emp_request"
                + where + ORDER + " limit 10000, 25"));
        System.out.printf("[bench] requests list, 10,000 rows deep (ajax): %.1f ms server response, %.1f ms bare SQL"
                + " (offset), %.1fx%n", deep, deepSql, deep / deepSql);
        // a user reaches the next page from the deep one: the service seeks past its last row
        double next = Benchmark.median(() -> {
            CaseBenchmark.ok(coordinator.ajax(LIST, state, "requests", CaseBenchmark.paging("requests", 10_000)),
                    "requests:list");
            return Benchmark.timed(() -> CaseBenchmark.ok(coordinator.ajax(LIST, state, "requests",
                    CaseBenchmark.paging("requests", 10_025)), "requests:list"));
        });
        String day;
        long id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select received_on, id from"
                + " wom_emp_request" + where + ORDER + " limit 10024, 1")) {
            rs.next();
            day = rs.getString(1);
            id = rs.getLong(2);
        }
        double seek = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from wom_emp_request"
                + where + " and (received_on < '" + day + "' or (received_on = '" + day + "' and id < " + id + "))"
                + ORDER + " limit 25"));
        System.out.printf("[bench] requests list, next page after 10,000 (keyset): %.1f ms server response, %.1f ms"
                + " SQL, %.1fx%n", next, seek, next / seek);
    }

    /** The indicators page of a region (by province) or, without one, national (by region). */
    private static void indicators(Connection c, FacesClient user, String region) throws Exception {
        String path = INDICATORS + "?" + (region == null ? "" : "region=" + region + "&") + "from=" + FROM + "&to="
                + TO;
        for (int i = 0; i < 20; i++) {
            CaseBenchmark.ok(user.get(path), "empowerment/indicators");
        }
        double server = Benchmark.median(() -> Benchmark.timed(() -> CaseBenchmark.ok(user.get(path),
                "empowerment/indicators")));
        List<String> queries = queries(region);
        double bare = Benchmark.median(() -> {
            double sum = 0;
            for (String q : queries) {
                sum += Benchmark.timedSql(c, q);
            }
            return sum;
        });
        // the figures the page shows in its total line: self-employed, members, requests, accepted, financed,
        // amount financed, trained, launched, active after a year
        BigDecimal[] f = new BigDecimal[9];
        Arrays.fill(f, BigDecimal.ZERO);
        for (int q = 0; q < queries.size(); q++) {
            add(c, queries.get(q), f, new int[] {0, 2, 6, 7}[q]);
        }
        System.out.printf("[bench] indicators of %s as %s: %,d registered (%,d self-employed, %,d cooperative"
                + " members), %,d requests, %,d accepted, %,d financed for %,.2f MAD, %,d trained, %,d launched, %,d"
                + " active after a year%n", region == null ? "the 12 regions" : region, region == null ? NATIONAL
                : USER, f[0].add(f[1]).longValue(), f[0].longValue(), f[1].longValue(), f[2].longValue(),
                f[3].longValue(), f[4].longValue(), f[5], f[6].longValue(), f[7].longValue(), f[8].longValue());
        System.out.printf("[bench] indicators page: %.1f ms server response, %.1f ms bare SQL (%d grouped queries),"
                + " %.1fx%n", server, bare, queries.size(), server / bare);
    }

    /** The page's four grouped queries, by province within a region, by region for the whole country. */
    static List<String> queries(String region) {
        String by = region == null ? "region_code" : "province_code";
        String in = region == null ? "" : "region_code = '" + region + "' and ";
        String period = " between '" + FROM + "' and '" + TO + "'";
        return List.of(
                "select " + by + ", kind, count(*) from wom_emp_registration where " + in + "registered_on" + period
                        + " group by " + by + ", kind",
                "select " + by + ", count(*), sum(stage in ('ACCEPTED', 'FINANCED', 'LAUNCHED')),"
                        + " sum(financed_amount is not null), sum(coalesce(financed_amount, 0)) from wom_emp_request"
                        + " where " + in + "received_on" + period + " group by " + by,
                "select t." + by + ", count(distinct s.person_id) from wom_emp_training t join wom_emp_seat s"
                        + " on s.training_id = t.id and s.attended where " + (region == null ? "" : "t." + in)
                        + "t.held_on" + period + " group by t." + by,
                "select r." + by + ", sum(m.position = 5), sum(m.position = 6 and m.still_active) from"
                        + " wom_emp_milestone m join wom_emp_request r on r.id = m.request_id where "
                        + (region == null ? "" : "r." + in) + "r.received_on" + period + " and m.done_on is not null"
                        + " and m.position in (5, 6) group by r." + by);
    }

    /**
     * Adds a grouped query's figures (the columns after the key) into {@code figures} from {@code at} on; the
     * registrations' rows (key, kind, count) go to the self-employed or to the members.
     */
    private static void add(Connection c, String sql, BigDecimal[] figures, int at) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                if (meta.getColumnName(2).equalsIgnoreCase("kind")) {
                    int to = at + ("SELF_EMPLOYED".equals(rs.getString(2)) ? 0 : 1);
                    figures[to] = figures[to].add(rs.getBigDecimal(3));
                    continue;
                }
                for (int col = 2; col <= meta.getColumnCount(); col++) {
                    BigDecimal value = rs.getBigDecimal(col);
                    figures[at + col - 2] = figures[at + col - 2].add(value == null ? BigDecimal.ZERO : value);
                }
            }
        }
    }
}
