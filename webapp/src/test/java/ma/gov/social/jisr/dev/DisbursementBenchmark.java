package ma.gov.social.jisr.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The disbursement job at national scale: N due tranches (200,000 by default) across every province, one run
 * over them, prepared and approved on the screens and started from its page, once to warm the server up, then
 * timed three times (medians). Prints the job's rate, that of a
 * bare JDBC batched insert of the same payment rows into the same table (the practical ceiling),
 * their ratio, the file's size and writing time; then runs again to read the server's heap after a full GC
 * when a quarter, half and all of the tranches have been read (the sampling pauses the job, so not timed).
 */
final class DisbursementBenchmark {
    private static final int TRANCHES = Integer.getInteger("jisr.bench.tranches", 200_000);
    private static final String TAG = "BENCH" + TRANCHES;
    /** The job's chunk (item-count in funding-disbursement.xml): the bare insert commits as often. */
    private static final int CHUNK = 1000;
    private static final int ROUNDS = 3;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private DisbursementBenchmark() {
    }

    static void run(Connection c, FacesClient preparer, FacesClient approver, long payaraPid) throws Exception {
        long call = Benchmark.single(c, "select count(*) from fun_call where reference = 'AAP-" + TAG + "'") > 0
                ? Benchmark.single(c, "select id from fun_call where reference = 'AAP-" + TAG + "'") : generate(c);
        long run = approvedRun(c, preparer, approver, call);
        DisbursementData.reset(c, run);
        System.out.printf("%n[bench] disbursement job funding-disbursement: %,d due tranches in %,d provinces%n",
                TRANCHES, Benchmark.single(c, "select count(distinct province_code) from fun_project where call_id = "
                        + call));
        timedRun(c, preparer, run, payaraPid, false); // warms the server up: its figures are not kept
        List<Double> jobRates = new ArrayList<>();
        List<Double> ceilings = new ArrayList<>();
        List<Double> fileTimes = new ArrayList<>();
        long ordered = 0;
        for (int i = 0; i < ROUNDS; i++) {
            DisbursementData.reset(c, run);
            double[] times = timedRun(c, preparer, run, payaraPid, false);
            ordered = Benchmark.single(c, "select count(*) from fun_payment_order where run_id = " + run);
            jobRates.add(ordered / (times[0] / 1000));
            fileTimes.add(times[1]);
            ceilings.add(bareInsertRate(c, run));
        }
        long bytes = Benchmark.single(c, "select file_bytes from fun_run where id = " + run);
        double jobRate = Benchmark.median(jobRates);
        double ceiling = Benchmark.median(ceilings);
        System.out.printf("[bench] job: %,d payment orders, start to last chunk: %,.0f tranches/s (median of %d runs;"
                + " each: %s)%n", ordered, jobRate, ROUNDS, rounded(jobRates));
        System.out.printf("[bench] bare JDBC batched insert of the same %,d rows into the same table (batches of %,d,"
                + " one commit each): %,.0f rows/s (median; each: %s)%n", ordered, CHUNK, ceiling, rounded(ceilings));
        System.out.printf("[bench] job / ceiling: %.2f (target: at least 0.50)%n", jobRate / ceiling);
        System.out.printf("[bench] file: %,d bytes (%.1f MB) written, checked against the schema and hashed in %.1f s"
                + " (median)%n", bytes, bytes / 1e6, Benchmark.median(fileTimes) / 1000);
        DisbursementData.reset(c, run);
        timedRun(c, preparer, run, payaraPid, true);
    }

    private static long generate(Connection c) throws Exception {
        long started = System.nanoTime();
        long call = DisbursementData.generate(c, TAG, TRANCHES);
        c.createStatement().execute("analyze table fun_association, fun_project, fun_agreement, fun_tranche");
        System.out.printf("[bench] generated %,d due tranches in %.0f s%n", TRANCHES, (System.nanoTime() - started) / 1e9);
        return call;
    }

    /** Starts the run from its page; answers the times (ms) of the orders and of the file. */
    private static double[] timedRun(Connection c, FacesClient officer, long run, long pid, boolean heap)
            throws Exception {
        String path = "funding/run.xhtml?id=" + run;
        String page = officer.get(path).body();
        long started = System.nanoTime();
        officer.ajax(path, page, "run", FacesClient.press("run:start", "", "run"));
        long ordersDone = 0;
        List<String> samples = new ArrayList<>();
        long[] marks = {TRANCHES / 4, TRANCHES / 2};
        while (true) {
            String[] state = text(c, "select concat((select coalesce(sum(tranches_read), 0) from fun_run_part"
                    + " where run_id = r.id), ' ', status) from fun_run r where id = " + run).split(" ");
            long read = Long.parseLong(state[0]);
            if (ordersDone == 0 && read >= TRANCHES) {
                ordersDone = System.nanoTime();
            }
            if (heap && samples.size() < marks.length && read >= marks[samples.size()]) {
                samples.add(String.format("%,d read: %,d MB", read, heapAfterGc(pid)));
            }
            if (state[1].equals("COMPLETED") || state[1].equals("FAILED")) {
                if (!state[1].equals("COMPLETED")) {
                    throw new IllegalStateException("the run failed: see the server's log");
                }
                break;
            }
            Thread.sleep(20);
        }
        long ended = System.nanoTime();
        if (heap) {
            samples.add(String.format("%,d read (done): %,d MB", TRANCHES, heapAfterGc(pid)));
            System.out.printf("[bench] server heap after a full GC, during a second run: %s%n", String.join(" · ", samples));
        }
        return new double[] {(ordersDone - started) / 1e6, (ended - ordersDone) / 1e6};
    }

    /**
     * The rows the job wrote, taken out and inserted again by bare JDBC into the same table (its keys, unique
     * indexes and foreign keys), committed as often as the job commits: what writing them costs at the least.
     */
    private static double bareInsertRate(Connection c, long run) throws SQLException {
        String columns = "id, run_id, tranche_id, attempt, end_to_end_id, amount, association_id, creditor_name, rib,"
                + " region_code, province_code, call_id, domain";
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select " + columns
                + " from fun_payment_order where run_id = " + run + " order by tranche_id")) {
            while (rs.next()) {
                Object[] row = new Object[13];
                for (int i = 0; i < 13; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("delete from fun_payment_order where run_id = " + run);
        }
        c.setAutoCommit(false);
        long started = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("insert into fun_payment_order (" + columns + ") values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                for (int k = 0; k < 13; k++) {
                    insert.setObject(k + 1, rows.get(i)[k]);
                }
                insert.addBatch();
                if (i % CHUNK == CHUNK - 1 || i == rows.size() - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        c.setAutoCommit(true);
        return rows.size() / seconds;
    }

    private static long approvedRun(Connection c, FacesClient preparer, FacesClient approver, long call)
            throws Exception {
        long existing = Benchmark.single(c, "select coalesce(max(id), 0) from fun_run where call_id = " + call
                + " and status <> 'CANCELLED'");
        if (existing > 0) {
            return existing;
        }
        LocalDate day = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Map<String, String> fields = FacesClient.press("runs:prepare", "runs:prepareForm", "runs");
        fields.put("runs:valueDate_input", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        fields.put("runs:call_input", Long.toString(call));
        preparer.ajax("funding/runs.xhtml", preparer.get("funding/runs.xhtml").body(), "runs", fields);
        long run = Benchmark.single(c, "select max(id) from fun_run where call_id = " + call);
        String path = "funding/run.xhtml?id=" + run;
        approver.ajax(path, approver.get(path).body(), "run", FacesClient.press("run:approve", "", "run"));
        if (!"APPROVED".equals(text(c, "select status from fun_run where id = " + run))) {
            throw new IllegalStateException("the benchmark's run was not approved");
        }
        return run;
    }

    private static String rounded(List<Double> samples) {
        return samples.stream().map(v -> String.format("%,.0f", v)).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The heap in use after a full collection, as jcmd reads it from the server's JVM. */
    private static long heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = USED.matcher(out);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
