package ma.gov.social.jisr.dev;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The women's case list at national scale: 500,000 generated cases in every province (Casablanca holds
 * 40,000, so that a page 10,000 rows deep exists), each with 1 to 3 services and every other one with a
 * referral resting on a consent; a share of Casablanca-Settat's cases is supervised by coord.casa, some with
 * follow-ups or referrals overdue. Written with batched JDBC (ids from {@link #FIRST_ID}, kept for the next
 * run). Then, logged in as coord.casa: the list filtered on Casablanca, first page and 10,000 rows deep
 * (server response, the page's SQL as {@code CaseListQuery.pageSql} writes it, the bare offset SQL, the
 * ratio), the next page after the deep one (keyset, {@code CaseListQuery.seekSql}), and the supervisor's
 * list (first page, next to its SQL). Medians of {@link Benchmark#RUNS} runs after a short warm-up.
 */
final class CaseBenchmark {
    static final long FIRST_ID = 50_000_000L;
    private static final int CASES = Integer.getInteger("jisr.bench.cases", 500_000);
    private static final int CASA = Math.min(40_000, CASES / 5);
    private static final int PROGRESS_EVERY = 100_000;
    private static final int WARMUP = Integer.getInteger("jisr.bench.caseWarmup", 500);
    private static final String PROVINCE = "MA-CAS";
    private static final String REGION = "MA-06";
    static final String SUPERVISOR = "coord.casa";
    private static final String LIST = "women/cases.xhtml";
    private static final String SUPERVISION = "women/supervision.xhtml";
    private static final LocalDate TODAY = LocalDate.now();
    private static final String[] STEPS = {"REGISTERED", "ASSESSED", "PLAN_AGREED", "SERVICES", "FOLLOW_UP", "CLOSED"};
    private static final String[] SERVICES = {"LISTENING_SESSION", "PSYCHOLOGICAL_SUPPORT", "LEGAL_ORIENTATION",
        "MEDICAL_ORIENTATION", "ACCOMPANIMENT", "ECONOMIC_INCLUSION_ORIENTATION", "REMOTE_FOLLOW_UP"};
    private static final String COLUMNS = "c.id, c.reference, c.person_id, c.initials, c.province_code, c.step,"
            + " c.opened_on, c.worker, c.supervisor, c.restricted, c.triage, c.attention, c.next_follow_up,"
            + " c.referral_due";

    private CaseBenchmark() {
    }

    static void run(Connection c, FacesClient coordinator) throws Exception {
        fill(c);
        // coord.casa: a supervising role of region MA-06, who sees that restricted cases exist
        String where = " where module = 'women' and region_code = '" + REGION + "' and province_code = '" + PROVINCE
                + "'";
        String order = " order by opened_on desc, id desc";
        System.out.printf("%n[bench] women's case list as %s, filter province %s (%,d cases of %,d; %,d services,"
                + " %,d referrals)%n", SUPERVISOR, PROVINCE, Benchmark.single(c, "select count(*) from cas_case"
                + where), Benchmark.single(c, "select count(*) from cas_case"), Benchmark.single(c,
                "select count(*) from cas_service"), Benchmark.single(c, "select count(*) from cas_referral"));
        HttpResponse<String> screen = ok(coordinator.get(LIST), "cases:list");
        String page = screen.body();
        String state = coordinator.submit(LIST, page, "cases", Map.of("province_input", PROVINCE), "search").body();
        long started = System.nanoTime();
        for (int i = 0; i < WARMUP; i++) {
            ok(coordinator.ajax(LIST, state, "cases", paging("cases", i % 4 * 25)), "cases:list");
        }
        System.out.printf("[bench] warm-up: %,d page turns in %.0f s%n", WARMUP, (System.nanoTime() - started) / 1e9);
        // what any request of this page costs without a query: the floor under the ratios below
        double empty = Benchmark.median(() -> Benchmark.timed(() -> ok(coordinator.ajax(LIST, state, "cases",
                Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "cases:messages",
                        "jakarta.faces.partial.execute", "@none", "jakarta.faces.partial.render", "cases:messages")),
                "cases:messages")));
        System.out.printf("[bench] empty ajax round trip of the case list (no query): %.1f ms%n", empty);
        System.out.println("[bench] depth   server response   page SQL (deferred join)   bare SQL (offset)   response/bare");
        for (int depth : new int[] {0, 10_000}) {
            double server = Benchmark.median(() -> Benchmark.timed(() -> ok(coordinator.ajax(LIST, state, "cases",
                    paging("cases", depth)), "cases:list")));
            double pageSql = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from cas_case c join"
                    + " (select id from cas_case" + where + order + " limit " + depth + ", 25) k on k.id = c.id"
                    + " order by c.opened_on desc, c.id desc"));
            double bare = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from cas_case c"
                    + where + order + " limit " + depth + ", 25"));
            System.out.printf("[bench] %,6d   %10.1f ms   %14.1f ms   %17.1f ms   %8.1fx%n", depth, server, pageSql,
                    bare, server / bare);
        }
        nextPage(c, coordinator, state, where, order);
        supervision(c, coordinator);
    }

    /** The page after the deep one, moved to from it: a seek past its last row (opened day, id). */
    private static void nextPage(Connection c, FacesClient coordinator, String state, String where, String order)
            throws Exception {
        double server = Benchmark.median(() -> {
            ok(coordinator.ajax(LIST, state, "cases", paging("cases", 10_000)), "cases:list");
            return Benchmark.timed(() -> ok(coordinator.ajax(LIST, state, "cases", paging("cases", 10_025)),
                    "cases:list"));
        });
        String day;
        long id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select opened_on, id from cas_case"
                + where + order + " limit 10024, 1")) {
            rs.next();
            day = rs.getString(1);
            id = rs.getLong(2);
        }
        double sql = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from cas_case c join"
                + " (select id from cas_case" + where + " and opened_on <= '" + day + "' and (opened_on < '" + day
                + "' or id < " + id + ")" + order + " limit 25) k on k.id = c.id order by c.opened_on desc, c.id desc"));
        System.out.printf("[bench] next page after 10,000 (keyset): %.1f ms server response, %.1f ms page SQL,"
                + " %.1fx%n", server, sql, server / sql);
    }

    /** The supervisor's list of coord.casa: open cases they supervise with something overdue or flagged. */
    private static void supervision(Connection c, FacesClient coordinator) throws Exception {
        String where = " where module = 'women' and region_code = '" + REGION + "' and supervisor = '" + SUPERVISOR
                + "' and step <> 'CLOSED' and (next_follow_up < '" + TODAY + "' or referral_due < '" + TODAY
                + "' or attention is not null)";
        String state = coordinator.get(SUPERVISION).body();
        double server = Benchmark.median(() -> Benchmark.timed(() -> ok(coordinator.ajax(SUPERVISION, state,
                "supervision", paging("supervision", 0)), "supervision:list")));
        double sql = Benchmark.median(() -> Benchmark.timedSql(c, "select " + COLUMNS + " from cas_case c join"
                + " (select id from cas_case" + where + " order by opened_on desc, id desc limit 0, 25) k"
                + " on k.id = c.id order by c.opened_on desc, c.id desc"));
        double count = Benchmark.median(() -> Benchmark.timedSql(c, "select count(*) from (select 1 from cas_case"
                + where + " limit 100001) t"));
        System.out.printf("[bench] supervisor's list of %s (%,d cases of %,d supervised): first page %.1f ms server"
                + " response, %.1f ms page SQL, %.1fx; its count %.1f ms SQL%n", SUPERVISOR, Benchmark.single(c,
                "select count(*) from cas_case" + where), Benchmark.single(c, "select count(*) from cas_case where"
                + " supervisor = '" + SUPERVISOR + "'"), server, sql, server / sql, count);
    }

    /** Generates the cases unless at least {@link #CASES} generated ones are there. */
    static void fill(Connection c) throws SQLException {
        long have = Benchmark.single(c, "select count(*) from cas_case where id >= " + FIRST_ID);
        if (have >= CASES) {
            System.out.printf("%n[bench] reusing %,d generated cases%n", have);
            return;
        }
        long persons = Benchmark.single(c, "select count(*) from ppl_person where id >= " + BenchData.FIRST_ID);
        Map<String, String> regions = Benchmark.regionOfProvince(c);
        List<String> provinces = new ArrayList<>(regions.keySet());
        Map<String, Long> centreOf = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select province_code, min(id)"
                + " from cen_centre where id >= " + BenchData.FIRST_ID + " group by province_code")) {
            while (rs.next()) {
                centreOf.put(rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("%n[bench] generating %,d women's cases with their services and referrals (%,d in %s;"
                + " progress every %,d)%n", CASES, CASA, PROVINCE, PROGRESS_EVERY);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("delete from cas_referral_field where referral_id >= " + FIRST_ID);
            for (String table : List.of("cas_referral", "cas_consent", "cas_service")) {
                s.execute("delete from " + table + " where case_id >= " + FIRST_ID);
            }
            s.execute("delete from cas_case where id >= " + FIRST_ID);
        }
        c.commit();
        Random random = new Random(44);
        long lap = System.nanoTime();
        int services = 0;
        int referrals = 0;
        try (PreparedStatement kase = c.prepareStatement("insert into cas_case (id, module, reference, person_id,"
                + " initials, centre_id, region_code, province_code, worker, supervisor, restricted, step, opened_on,"
                + " closed_on, close_reason, next_follow_up, referral_due, triage, attention, created_at, created_by)"
                + " values (?, 'women', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'bench')");
             PreparedStatement service = c.prepareStatement("insert into cas_service (case_id, service_code, given_on,"
                     + " given_by, recorded_at) values (?, ?, ?, ?, now())");
             PreparedStatement consent = c.prepareStatement("insert into cas_consent (id, case_id, purpose, basis,"
                     + " given_by, given_on, recorded_at, recorded_by) values (?, ?, 'SHARE_WITH_HEALTH', 'CONSENT',"
                     + " 'PERSON', ?, now(), ?)");
             PreparedStatement referral = c.prepareStatement("insert into cas_referral (id, case_id, module, target,"
                     + " target_name, region_code, province_code, subject_person_id, purpose, consent_id, reason,"
                     + " due_on, status, sent_at, sent_by) values (?, ?, 'women', 'HOSPITAL_UNIT', 'Unité intégrée',"
                     + " ?, ?, ?, 'SHARE_WITH_HEALTH', ?, 'Examen médical et certificat', ?, ?, ?, ?)")) {
            for (int i = 0; i < CASES; i++) {
                long id = FIRST_ID + i;
                String province = i < CASA ? PROVINCE : provinces.get(random.nextInt(provinces.size()));
                String region = regions.get(province);
                boolean supervised = i < CASA / 2;
                String supervisor = supervised ? SUPERVISOR : "bench.coord." + region.toLowerCase();
                String worker = "bench.agent." + province.toLowerCase() + "." + random.nextInt(20);
                LocalDate opened = TODAY.minusDays(random.nextInt(3 * 365));
                String step = STEPS[random.nextInt(STEPS.length)];
                boolean closed = "CLOSED".equals(step);
                LocalDate next = null;
                if (!closed && random.nextInt(10) < 6) {
                    next = random.nextInt(10) < 3 ? TODAY.minusDays(1 + random.nextInt(60))
                            : TODAY.plusDays(1 + random.nextInt(90));
                }
                boolean referred = random.nextBoolean();
                LocalDate due = opened.plusDays(10 + random.nextInt(20));
                String status = closed || random.nextInt(10) < 6 ? "ACTED" : "SENT";
                String triage = random.nextInt(10) < 7 ? new String[] {"LOW", "MEDIUM", "HIGH",
                    "IMMEDIATE_DANGER"}[random.nextInt(4)] : null;
                set(kase, id, "FEM-%d-%06d".formatted(opened.getYear(), id),
                        BenchData.FIRST_ID + random.nextInt((int) Math.max(1, persons)),
                        (char) ('A' + random.nextInt(26)) + ". " + (char) ('A' + random.nextInt(26)) + ".",
                        centreOf.getOrDefault(province, BenchData.FIRST_ID), region, province, worker, supervisor,
                        random.nextInt(100) < 5, step, opened, closed ? opened.plusDays(30) : null,
                        closed ? "GOALS_MET" : null, next, referred && "SENT".equals(status) ? due : null, triage,
                        !closed && "HIGH".equals(triage) && random.nextInt(4) == 0 ? "SAFETY_PLAN_MISSING" : null);
                kase.addBatch();
                int given = 1 + random.nextInt(3);
                for (int k = 0; k < given; k++) {
                    set(service, id, SERVICES[random.nextInt(SERVICES.length)],
                            opened.plusDays(random.nextInt(30)), worker);
                    service.addBatch();
                }
                services += given;
                if (referred) {
                    set(consent, id, id, opened, worker);
                    consent.addBatch();
                    set(referral, id, id, region, province, BenchData.FIRST_ID, id, due, status,
                            opened.plusDays(2).atTime(10, 0), worker);
                    referral.addBatch();
                    referrals++;
                }
                if (i % 5000 == 4999 || i == CASES - 1) {
                    kase.executeBatch();
                    service.executeBatch();
                    consent.executeBatch();
                    referral.executeBatch();
                    c.commit();
                }
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    long now = System.nanoTime();
                    System.out.printf("[bench]   %,9d cases, %,7.0f/s now, %.0f s so far%n", i + 1,
                            PROGRESS_EVERY / ((now - lap) / 1e9), (now - started) / 1e9);
                    lap = now;
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze table cas_case, cas_service, cas_referral");
        }
        System.out.printf("[bench] generated %,d cases, %,d services, %,d referrals in %.0f s%n", CASES, services,
                referrals, (System.nanoTime() - started) / 1e9);
    }

    static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof LocalDate d) {
                v = java.sql.Date.valueOf(d);
            } else if (v instanceof java.time.LocalDateTime t) {
                v = java.sql.Timestamp.valueOf(t);
            }
            if (v == null) {
                s.setNull(i + 1, java.sql.Types.NULL);
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    static HttpResponse<String> ok(HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200 || !response.body().contains(expected)
                || response.body().contains("jakarta.faces.ViewRoot")) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    static Map<String, String> paging(String form, int first) {
        String table = form + ":list";
        Map<String, String> p = new HashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", table);
        p.put("jakarta.faces.partial.execute", table);
        p.put("jakarta.faces.partial.render", table);
        p.put(table, table);
        p.put(table + "_pagination", "true");
        p.put(table + "_first", Integer.toString(first));
        p.put(table + "_rows", "25");
        p.put(table + "_skipChildren", "true");
        p.put(table + "_encodeFeature", "true");
        return p;
    }
}
