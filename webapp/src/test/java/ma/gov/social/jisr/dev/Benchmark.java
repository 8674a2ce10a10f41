package ma.gov.social.jisr.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The registries' speed at national scale: fills a database of its own (.jisr-bench/) with 10,000
 * centres and 1,000,000 persons ({@link BenchData}), starts the real WAR on Payara Micro, then prints the
 * fixed cost of a request and the persons list next to the bare SQL ({@link RegistryBenchmark}), and the
 * CSV import next to bare JDBC ({@link ImportBenchmark}). Medians of repeated runs, after warm-up. Then the
 * women's case list on 500,000 cases ({@link CaseBenchmark}), the planning job on 100,000 centres
 * ({@link PlanningBenchmark}), the disbursement job on 200,000 due tranches ({@link DisbursementBenchmark}),
 * the empowerment requests list and indicators on 500,000 funding requests ({@link EmpowermentBenchmark}).
 * -Djisr.bench=registries, =cases, =children, =planning, =disbursement or =empowerment runs one part only.
 */
public final class Benchmark {
    private static final int DB_PORT = 3308;
    private static final int HTTP_PORT = 8081;
    private static final int PERSONS = Integer.getInteger("jisr.bench.persons", 1_000_000);
    private static final int CENTRES = Integer.getInteger("jisr.bench.centres", 10_000);
    static final int RUNS = 31;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("jisr.dev.home"));
        Files.createDirectories(home);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(DB_PORT, home.resolve("mariadb").toFile(), true);
        db.createDatabase();
        Process payara = DevServer.startPayara(home, db.jdbcUrl(), "jisr", "unused-on-loopback", true, HTTP_PORT,
                false);
        try {
            waitForServer();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "")) {
                // -Djisr.bench=registries|cases|children|planning|disbursement|empowerment|all (default): which part
                String part = System.getProperty("jisr.bench", "all");
                if ("all".equals(part) || "registries".equals(part) || "cases".equals(part)
                        || "children".equals(part) || "empowerment".equals(part)) {
                    BenchData.fill(c, CENTRES, PERSONS);
                }
                if ("all".equals(part) || "registries".equals(part)) {
                    RegistryBenchmark.run(c, loggedIn(), payara.pid());
                    ImportBenchmark.run(c, loggedIn());
                }
                if ("all".equals(part) || "cases".equals(part)) {
                    CaseBenchmark.run(c, loggedIn(CaseBenchmark.SUPERVISOR));
                }
                if ("all".equals(part) || "children".equals(part)) {
                    ChildBenchmark.run(c, loggedIn(ChildBenchmark.USER));
                }
                if ("all".equals(part) || "planning".equals(part)) {
                    PlanningBenchmark.run(c, loggedIn(), payara.pid());
                }
                if ("all".equals(part) || "disbursement".equals(part)) {
                    DisbursementBenchmark.run(c, loggedIn("finance"), loggedIn("finance.2"), payara.pid());
                }
                if ("all".equals(part) || "empowerment".equals(part)) {
                    EmpowermentBenchmark.run(c, loggedIn(EmpowermentBenchmark.USER),
                            loggedIn(EmpowermentBenchmark.NATIONAL));
                }
            }
        } finally {
            payara.destroy();
            payara.waitFor();
            db.stop();
        }
        System.exit(0);
    }

    private static FacesClient loggedIn() throws Exception {
        return loggedIn("admin");
    }

    private static FacesClient loggedIn(String username) throws Exception {
        // HTTP/1.1, as browsers speak to an http:// address
        FacesClient client = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"),
                HttpClient.Version.HTTP_1_1);
        client.login(username, "Jisr-Demo-2026");
        return client;
    }

    private static void waitForServer() throws Exception {
        FacesClient probe = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"));
        for (int i = 0; i < 240; i++) {
            try {
                if (probe.get("login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // booting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara did not start");
    }

    interface Timed {
        double run() throws Exception;
    }

    interface Call {
        Object call() throws Exception;
    }

    static double timed(Call call) throws Exception {
        long t = System.nanoTime();
        call.call();
        return (System.nanoTime() - t) / 1e6;
    }

    static double timedSql(Connection c, String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /** The median of samples already taken. */
    static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** The median of {@value #RUNS} runs after 3 for warm-up. */
    static double median(Timed timed) throws Exception {
        double[] sorted = samples(RUNS, timed);
        return sorted[RUNS / 2];
    }

    /** {@code runs} runs after 3 for warm-up, sorted. */
    static double[] samples(int runs, Timed timed) throws Exception {
        for (int i = 0; i < 3; i++) {
            timed.run();
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = timed.run();
        }
        Arrays.sort(samples);
        return samples;
    }

    /** Every province's region, provinces in code order. */
    static Map<String, String> regionOfProvince(Connection c) throws SQLException {
        Map<String, String> regions = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, region_code from plt_province order by code")) {
            while (rs.next()) {
                regions.put(rs.getString(1), rs.getString(2));
            }
        }
        return regions;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
