package ma.gov.social.jisr.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The children's module at the pilots' scale: 200,000 child cases over the eight pilots and three years, with
 * their identification, a measure for 60 %, a placement for a third of those, a flag for one in ten. Then, as
 * the national coordinator: the case list of Casablanca (first page, 10,000 rows deep) and the periodic report
 * of Casablanca and of the eight pilots (server response against the bare SQL of the same figures).
 */
final class ChildBenchmark {
    static final long FIRST_ID = 60_000_000L;
    static final String USER = "coord.enfance";
    private static final int CASES = Integer.getInteger("jisr.bench.childCases", 200_000);
    private static final List<String> PILOTS = List.of("MA-RAB", "MA-SAL", "MA-CAS", "MA-TNG", "MA-MEK", "MA-MAR",
            "MA-AGD", "MA-LAA");
    private static final String PROVINCE = "MA-CAS";
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate FROM = TODAY.withDayOfYear(1);
    private static final String[] SITUATIONS = {"ABUSE_OR_VIOLENCE", "EXPLOITATION", "NEGLECT", "VULNERABILITY",
        "CONFLICT_WITH_LAW", "UNACCOMPANIED_MIGRANT", "STREET_SITUATION"};
    private static final String[] MEASURES = {"INSTITUTION_PLACEMENT", "RETURN_TO_FAMILY_UNDER_SUPERVISION",
        "FOSTER_FAMILY", "MEDICAL_CARE", "PSYCHOLOGICAL_CARE", "EDUCATIONAL_SUPERVISION"};
    private static final String[] STEPS = {"REGISTERED", "ASSESSED", "PLAN_AGREED", "SERVICES", "FOLLOW_UP", "CLOSED"};

    private ChildBenchmark() {
    }

    static void run(Connection c, FacesClient coordinator) throws Exception {
        fill(c);
        System.out.printf("%n[bench] children's cases as %s (%,d cases, %,d in %s)%n", USER, Benchmark.single(c,
                "select count(*) from cas_case where module = 'children'"), Benchmark.single(c, "select count(*) from"
                + " cas_case where module = 'children' and province_code = '" + PROVINCE + "'"), PROVINCE);
        String list = "children/cases.xhtml";
        String page = CaseBenchmark.ok(coordinator.get(list), "cases:list").body();
        String state = coordinator.submit(list, page, "cases", Map.of("province_input", PROVINCE), "search").body();
        for (int i = 0; i < 200; i++) {
            CaseBenchmark.ok(coordinator.ajax(list, state, "cases", CaseBenchmark.paging("cases", i % 4 * 25)),
                    "cases:list");
        }
        String where = " where module = 'children' and province_code = '" + PROVINCE + "'";
        for (int depth : new int[] {0, 10_000}) {
            double server = Benchmark.median(() -> Benchmark.timed(() -> CaseBenchmark.ok(coordinator.ajax(list,
                    state, "cases", CaseBenchmark.paging("cases", depth)), "cases:list")));
            double bare = Benchmark.median(() -> Benchmark.timedSql(c, "select id, reference, person_id, initials,"
                    + " province_code, step, opened_on, worker, supervisor, restricted, triage, attention from cas_case"
                    + where + " order by opened_on desc, id desc limit " + depth + ", 25"));
            System.out.printf("[bench] case list, %,d rows deep: %.1f ms server response, %.1f ms bare SQL, %.1fx%n",
                    depth, server, bare, server / bare);
        }
        report(c, coordinator, List.of(PROVINCE), "children/report.xhtml?province=" + PROVINCE);
        report(c, coordinator, PILOTS, "children/report.xhtml");
    }

    /** The report's page (every figure counted, charts and tables written) against its queries run bare. */
    private static void report(Connection c, FacesClient coordinator, List<String> provinces, String path)
            throws Exception {
        for (int i = 0; i < 20; i++) {
            CaseBenchmark.ok(coordinator.get(path), "report");
        }
        double server = Benchmark.median(() -> Benchmark.timed(() -> CaseBenchmark.ok(coordinator.get(path),
                "report")));
        String in = " province_code in ('" + String.join("', '", provinces) + "')";
        String period = " between '" + FROM + "' and '" + TODAY + "'";
        List<String> queries = List.of(
                "select count(*) from chi_identification where" + in + " and identified_on" + period,
                "select situations, count(*) from chi_identification where" + in + " and identified_on" + period
                        + " group by situations",
                "select timestampdiff(year, coalesce(birth_date, adult_on - interval 18 year), identified_on) div 4,"
                        + " count(*) from chi_identification where" + in + " and identified_on" + period + " group by 1",
                "select sex, count(*) from chi_identification where" + in + " and identified_on" + period
                        + " group by sex",
                "select kind, count(*) from chi_measure where" + in + " and decided_on" + period + " group by kind",
                "select kind, count(*) from chi_placement where" + in + " and placed_on" + period + " group by kind",
                "select kind, count(*) from chi_placement where" + in + " and placed_on <= '" + TODAY + "' and"
                        + " (ended_on is null or ended_on > '" + TODAY + "') group by kind",
                "select count(*), sum(d) from (select datediff((select min(m.decided_on) from chi_measure m where"
                        + " m.case_id = i.case_id), i.identified_on) d from chi_identification i where i." + in.strip()
                        + " and i.identified_on" + period + ") x",
                "select kind, level, count(*) from chi_flag where" + in + " and raised_on" + period
                        + " group by kind, level",
                "select province_code, count(*) from cas_case where module = 'children' and" + in + " and opened_on"
                        + period + " group by province_code",
                "select close_reason, count(*) from cas_case where module = 'children' and" + in + " and closed_on"
                        + period + " group by close_reason",
                "select province_code, count(*) from cas_case where module = 'children' and" + in + " and opened_on"
                        + " <= '" + TODAY + "' and (closed_on is null or closed_on > '" + TODAY + "') group by 1");
        double bare = Benchmark.median(() -> {
            double sum = 0;
            for (String q : queries) {
                sum += Benchmark.timedSql(c, q);
            }
            return sum;
        });
        System.out.printf("[bench] periodic report of %s (%,d children identified this year): %.1f ms server"
                + " response, %.1f ms bare SQL (%d queries), %.1fx%n", provinces.size() == 1 ? provinces.get(0)
                : "the 8 pilots", Benchmark.single(c, queries.get(0)), server, bare, queries.size(), server / bare);
    }

    /** Generates the cases unless at least {@link #CASES} generated ones are there. */
    static void fill(Connection c) throws SQLException {
        long have = Benchmark.single(c, "select count(*) from cas_case where id >= " + FIRST_ID);
        if (have >= CASES) {
            System.out.printf("%n[bench] reusing %,d generated child cases%n", have);
            return;
        }
        Map<String, String> regions = Benchmark.regionOfProvince(c);
        Map<String, Long> centreOf = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select province_code, min(id)"
                + " from cen_centre where id >= " + BenchData.FIRST_ID + " group by province_code")) {
            while (rs.next()) {
                centreOf.put(rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("%n[bench] generating %,d child cases in the 8 pilots%n", CASES);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String table : List.of("chi_flag", "chi_placement", "chi_measure", "chi_identification")) {
                s.execute("delete from " + table + " where case_id >= " + FIRST_ID);
            }
            s.execute("delete from cas_case where id >= " + FIRST_ID);
        }
        c.commit();
        Random random = new Random(13);
        try (PreparedStatement kase = c.prepareStatement("insert into cas_case (id, module, reference, person_id,"
                + " initials, centre_id, region_code, province_code, worker, supervisor, restricted, step, opened_on,"
                + " closed_on, close_reason, triage, created_at, created_by) values (?, 'children', ?, ?, 'E. B.', ?, ?,"
                + " ?, ?, 'coord.enfance', false, ?, ?, ?, ?, ?, now(), 'bench')");
             PreparedStatement identification = c.prepareStatement("insert into chi_identification (case_id,"
                     + " identified_on, source, situations, immediate_danger, sex, birth_date, adult_on, region_code,"
                     + " province_code, recorded_at, recorded_by) values (?, ?, 'FIELD_TEAM', ?, false, ?, ?, ?, ?, ?,"
                     + " now(), 'bench')");
             PreparedStatement measure = c.prepareStatement("insert into chi_measure (id, case_id, kind, decided_by,"
                     + " decision_reference, decided_on, duration_months, review_on, province_code, region_code,"
                     + " recorded_at, recorded_by) values (?, ?, ?, 'JUVENILE_JUDGE', 'BENCH', ?, 12, ?, ?, ?, now(),"
                     + " 'bench')");
             PreparedStatement placement = c.prepareStatement("insert into chi_placement (id, case_id, measure_id,"
                     + " kind, holder_id, placed_on, ended_on, province_code, recorded_at, recorded_by) values (?, ?, ?,"
                     + " 'INSTITUTION', ?, ?, ?, ?, now(), 'bench')");
             PreparedStatement flag = c.prepareStatement("insert into chi_flag (id, case_id, kind, level, raised_on,"
                     + " region_code, province_code, recorded_at, recorded_by) values (?, ?, ?, 'RISK', ?, ?, ?, now(),"
                     + " 'bench')")) {
            for (int i = 0; i < CASES; i++) {
                long id = FIRST_ID + i;
                String province = PILOTS.get(i % PILOTS.size());
                String region = regions.get(province);
                LocalDate opened = TODAY.minusDays(random.nextInt(3 * 365));
                String step = STEPS[random.nextInt(STEPS.length)];
                boolean closed = "CLOSED".equals(step);
                LocalDate born = opened.minusDays(365L + random.nextInt(16 * 365));
                CaseBenchmark.set(kase, id, "ENF-%d-%06d".formatted(opened.getYear(), id), BenchData.FIRST_ID + i,
                        centreOf.getOrDefault(province, BenchData.FIRST_ID), region, province,
                        "bench.enfance." + province.toLowerCase(), step, opened,
                        closed ? min(opened.plusDays(90), TODAY) : null, closed ? "GOALS_MET" : null,
                        new String[] {"LOW", "MODERATE", "HIGH", "IMMEDIATE"}[random.nextInt(4)]);
                kase.addBatch();
                CaseBenchmark.set(identification, id, opened, SITUATIONS[random.nextInt(SITUATIONS.length)],
                        random.nextBoolean() ? "FEMALE" : "MALE", born, born.plusYears(18), region, province);
                identification.addBatch();
                if (random.nextInt(10) < 6) {
                    LocalDate decided = min(opened.plusDays(1 + random.nextInt(90)), TODAY);
                    CaseBenchmark.set(measure, id, id, MEASURES[random.nextInt(MEASURES.length)], decided,
                            decided.plusMonths(6), province, region);
                    measure.addBatch();
                    if (random.nextInt(3) == 0) {
                        CaseBenchmark.set(placement, id, id, id, centreOf.getOrDefault(province, 0L), decided,
                                random.nextBoolean() ? null : min(decided.plusDays(120), TODAY), province);
                        placement.addBatch();
                    }
                }
                if (random.nextInt(10) == 0) {
                    CaseBenchmark.set(flag, id, id, random.nextBoolean() ? "EARLY_MARRIAGE" : "SCHOOL_DROPOUT",
                            opened, region, province);
                    flag.addBatch();
                }
                if ((i + 1) % 5_000 == 0) {
                    for (PreparedStatement s : List.of(kase, identification, measure, placement, flag)) {
                        s.executeBatch();
                    }
                    c.commit();
                }
            }
            for (PreparedStatement s : List.of(kase, identification, measure, placement, flag)) {
                s.executeBatch();
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze table cas_case, chi_identification, chi_measure, chi_placement, chi_flag");
        }
        System.out.printf("[bench] generated %,d child cases in %.0f s%n", CASES, (System.nanoTime() - started) / 1e9);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
