package ma.gov.social.jisr.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The planning job at national scale: 100,000 generated centres with their inspections (some never
 * inspected, closed or upgraded recently), then the job's run time (from the button to COMPLETED, and as
 * the job repository records it) next to the bare SQL that ranks the same centres, and the server's
 * resident memory before and after the runs.
 */
final class PlanningBenchmark {
    private static final int CENTRES = Integer.getInteger("jisr.bench.planningCentres", 100_000);
    private static final long FIRST_ID = 30_000_000L;
    private static final int YEAR = 2030;
    private static final int RUNS = 5;

    private PlanningBenchmark() {
    }

    static void run(Connection c, FacesClient admin, long payaraPid) throws Exception {
        fill(c);
        if (Benchmark.single(c, "select count(*) from upg_programme where programme_year = " + YEAR) == 0) {
            String page = admin.get("upgrades/openYear.xhtml").body();
            admin.submit("upgrades/openYear.xhtml", page, "year", Map.of("programmeYear_hinput", "" + YEAR,
                    "target_hinput", "1000", "minPerRegion_hinput", "20", "budget_hinput", "800000000"), "save");
        }
        long eligible = Benchmark.single(c, "select count(*) from (" + bareRanking() + ") k");
        System.out.printf("%n[bench] planning job centre-upgrade-plan, year %d: %,d centres, %,d eligible, target 1,000%n",
                YEAR, Benchmark.single(c, "select count(*) from cen_centre"), eligible);
        long rssBefore = rss(payaraPid);
        List<Double> wall = new ArrayList<>();
        List<Double> recorded = new ArrayList<>();
        for (int i = 0; i < RUNS + 1; i++) {
            String page = admin.get("upgrades/programme.xhtml?year=" + YEAR).body();
            long started = System.nanoTime();
            admin.submit("upgrades/programme.xhtml?year=" + YEAR, page, "programme", Map.of(), "run-job");
            double job = awaitCompleted(c);
            if (i > 0) { // the first run warms the server up
                wall.add((System.nanoTime() - started) / 1e6);
                recorded.add(job);
            }
        }
        double bare = Benchmark.median(() -> Benchmark.timedSql(c, bareRanking()));
        double ranked = Benchmark.median(recorded);
        System.out.printf("[bench] job, button to COMPLETED: %.0f ms (median of %d runs)%n",
                Benchmark.median(wall), RUNS);
        System.out.printf("[bench] job, start to end in the job repository: %.0f ms%n", ranked);
        System.out.printf("[bench] bare SQL ranking every eligible centre (all rows fetched): %.0f ms%n", bare);
        System.out.printf("[bench] job / bare SQL: %.1fx%n", ranked / bare);
        System.out.printf("[bench] lines written per run: %,d chosen, %,d over budget%n",
                Benchmark.single(c, "select count(*) from upg_line where programme_year = " + YEAR + " and status = 'CHOSEN'"),
                Benchmark.single(c, "select count(*) from upg_line where programme_year = " + YEAR
                        + " and status = 'OVER_BUDGET'"));
        System.out.printf("[bench] Payara resident memory: %,d MB before the runs, %,d MB after%n", rssBefore >> 20,
                rss(payaraPid) >> 20);
    }

    /** The ranking the job needs, as one query: eligible centres with their priority, best first per region. */
    static String bareRanking() {
        String last = "(select max(u.upgrade_year) from cen_upgrade u where u.centre_id = c.id and u.status <> 'CANCELLED')";
        String priority = "'WOMEN_MULTIFUNCTION_SPACE','LISTENING_CENTRE','WOMEN_SHELTER','CHILD_PROTECTION_CENTRE',"
                + "'CHILD_PROTECTION_UNIT','SOCIAL_NURSERY','DISABILITY_ORIENTATION_CENTRE','DISABILITY_CARE_CENTRE'";
        return "select c.id, c.region_code, (40 * (100 - c.latest_score) / 100 + 20 * least(coalesce(c.places, 0), 200)"
                + " / 200 + 20 * least(greatest(" + YEAR + " - coalesce(" + last + ", year(c.opened_on), " + (YEAR - 20)
                + "), 0), 20) / 20 + 10 * (c.area = 'RURAL') + 10 * (c.type in (" + priority + "))) as score"
                + " from cen_centre c where c.status = 'OPEN' and c.latest_score is not null"
                + " and coalesce(" + last + ", 0) <= " + (YEAR - 5) + " order by c.region_code, score desc, c.id";
    }

    private static double awaitCompleted(Connection c) throws Exception {
        for (int i = 0; i < 6000; i++) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select e.batchstatus,"
                    + " timestampdiff(microsecond, e.starttime, e.endtime) from upg_programme p join "
                    + "jbatchEXECUTIONINSTANCEDATA e on e.jobexecid = p.execution_id where p.programme_year = " + YEAR)) {
                if (rs.next() && "COMPLETED".equals(rs.getString(1))) {
                    return rs.getLong(2) / 1000.0;
                }
                if (rs.getRow() > 0 && "FAILED".equals(rs.getString(1))) {
                    throw new IllegalStateException("the planning job failed: see the server log");
                }
            } catch (SQLException notYet) {
                // the job repository's tables appear with the first job
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the planning job did not finish in 2 minutes");
    }

    private static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    private static void fill(Connection c) throws SQLException {
        if (Benchmark.single(c, "select count(*) from cen_centre where id >= " + FIRST_ID) >= CENTRES) {
            System.out.printf("[bench] reusing %,d generated centres for planning%n", CENTRES);
            return;
        }
        long started = System.nanoTime();
        Map<String, String> regions = Benchmark.regionOfProvince(c);
        List<String> provinces = new ArrayList<>(regions.keySet());
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("delete from cen_upgrade where centre_id >= " + FIRST_ID);
            s.execute("delete from cen_inspection where centre_id >= " + FIRST_ID);
            s.execute("delete from cen_centre where id >= " + FIRST_ID);
        }
        Random random = new Random(2030);
        CentreType[] types = CentreType.values();
        try (PreparedStatement centre = c.prepareStatement("insert into cen_centre (id, code, name_ar, name_fr, type,"
                + " region_code, province_code, area, managing_body, status, opened_on, places, latest_score,"
                + " latest_inspected_on, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'MINISTRY', ?, ?, ?, ?,"
                + " ?, now(), 'bench')");
             PreparedStatement inspection = c.prepareStatement("insert into cen_inspection (id, centre_id, inspected_on,"
                     + " inspector, building, equipment, accessibility, safety, staffing, overall, recorded_by,"
                     + " recorded_at) values (?, ?, '2026-03-01', 'Inspection générale', ?, ?, ?, ?, ?, ?, 'bench', now())");
             PreparedStatement upgrade = c.prepareStatement("insert into cen_upgrade (id, centre_id, upgrade_year, works,"
                     + " cost_dirhams, status, recorded_by, recorded_at) values (?, ?, ?, 'Mise à niveau', 450000, 'DONE',"
                     + " 'bench', now())")) {
            for (int i = 0; i < CENTRES; i++) {
                long id = FIRST_ID + i;
                String province = provinces.get(random.nextInt(provinces.size()));
                boolean inspected = random.nextInt(100) >= 8;
                int[] scores = {random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101),
                    random.nextInt(101)};
                int overall = Math.round((scores[0] + scores[1] + scores[2] + scores[3] + scores[4]) / 5f);
                centre.setLong(1, id);
                centre.setString(2, "PLAN-" + i);
                centre.setString(3, "مركز اجتماعي " + i);
                centre.setString(4, "Centre social " + i);
                centre.setString(5, types[random.nextInt(types.length)].name());
                centre.setString(6, regions.get(province));
                centre.setString(7, province);
                centre.setString(8, random.nextInt(3) == 0 ? "RURAL" : "URBAN");
                centre.setString(9, random.nextInt(100) < 5 ? "CLOSED" : "OPEN");
                centre.setObject(10, java.time.LocalDate.of(1980 + random.nextInt(45), 1 + random.nextInt(12), 1));
                centre.setInt(11, 10 + random.nextInt(300));
                centre.setObject(12, inspected ? overall : null);
                centre.setObject(13, inspected ? java.time.LocalDate.of(2026, 3, 1) : null);
                centre.addBatch();
                if (inspected) {
                    inspection.setLong(1, id);
                    inspection.setLong(2, id);
                    for (int k = 0; k < 5; k++) {
                        inspection.setInt(3 + k, scores[k]);
                    }
                    inspection.setInt(8, overall);
                    inspection.addBatch();
                }
                if (random.nextInt(100) < 4) {
                    upgrade.setLong(1, id);
                    upgrade.setLong(2, id);
                    upgrade.setInt(3, 2022 + random.nextInt(6));
                    upgrade.addBatch();
                }
                if (i % 5000 == 4999) {
                    centre.executeBatch();
                    inspection.executeBatch();
                    upgrade.executeBatch();
                    c.commit();
                }
            }
            centre.executeBatch();
            inspection.executeBatch();
            upgrade.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        c.createStatement().execute("analyze table cen_centre, cen_inspection, cen_upgrade");
        System.out.printf("[bench] generated %,d centres with their inspections in %.0f s%n", CENTRES,
                (System.nanoTime() - started) / 1e9);
    }
}
