package ma.gov.social.jisr.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The restore drill (README, "Backups"): the run command's database (with its demo, written first if it has
 * none) backed up by {@code config/backup.sh}, restored by {@code config/restore.sh} into a new database, Jisr
 * started on the copy in production mode, and checked: every table holds as many rows as the original, the
 * audit log is the same up to its last event, and the copy goes on from there (an administrator's login is
 * audited after it, with a greater id). Prints the times; exits 1 if anything differs.
 */
public final class RestoreDrill {
    private static final int DB_PORT = 3317;
    private static final int HTTP_PORT = 8097;
    private static final String COPY = "jisr_restored";
    private static final String AUDIT = "SELECT COUNT(*), COALESCE(MAX(id), 0), MAX(occurred_at) FROM %s.plt_audit_event";
    /** The audit log's append-only guards: triggers, which a dump only carries if asked to. */
    private static final String GUARDS = "SELECT GROUP_CONCAT(trigger_name ORDER BY trigger_name) FROM"
            + " information_schema.triggers WHERE trigger_schema = '%s' AND event_object_table = 'plt_audit_event'";

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("jisr.dev.home"));
        Path config = home.getParent().resolve("config");
        Path drill = home.resolve("restore-drill");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(DB_PORT, home.resolve("mariadb").toFile(), true);
        int exit = 1;
        try {
            db.createDatabase();
            if (counts("jisr").isEmpty()) {
                System.out.println("[drill] the database is empty: Jisr writes its demo first");
                Process seeding = runJisr(home.resolve("seed"), "jisr", true);
                seeding.destroy();
                seeding.waitFor(60, TimeUnit.SECONDS);
            }
            Map<String, Long> original = counts("jisr");
            String audit = first(String.format(AUDIT, "jisr"));
            String checksum = first("CHECKSUM TABLE jisr.plt_audit_event").split(" ")[1];
            long t0 = System.nanoTime();
            Path dump = Path.of(script(config.resolve("backup.sh"), home, Map.of("JISR_BACKUP_DIR", drill.toString()))
                    .trim());
            long t1 = System.nanoTime();
            execute("DROP DATABASE IF EXISTS " + COPY);
            script(config.resolve("restore.sh"), home, Map.of(), dump.toString(), COPY);
            long t2 = System.nanoTime();
            // the copy as restored, before any server touches it
            boolean same = compare(original, counts(COPY)) & check("the audit log up to its last event", audit,
                    first(String.format(AUDIT, COPY))) & check("the audit log's content (CHECKSUM TABLE)", checksum,
                    first("CHECKSUM TABLE " + COPY + ".plt_audit_event").split(" ")[1])
                    & check("the audit log's guards", first(String.format(GUARDS, "jisr")),
                    first(String.format(GUARDS, COPY))) & check("an update of the copy's audit log", "refused",
                    guarded());
            Process jisr = runJisr(drill, COPY, false);
            long t3 = System.nanoTime();
            try {
                FacesClient admin = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"));
                int login = admin.login("admin", "Jisr-Demo-2026").statusCode();
                long after = Long.parseLong(first("SELECT COUNT(*) FROM " + COPY + ".plt_audit_event WHERE id > "
                        + audit.split(" ")[1] + " AND username = 'admin'"));
                same &= check("the copy's login, audited after the restored events", "302 and audited",
                        login + (after > 0 ? " and audited" : " and not audited"));
                System.out.printf("[drill] %d tables, %d rows, %d audit events; dump %.1f MB%n", original.size(),
                        original.values().stream().mapToLong(Long::longValue).sum(), Long.parseLong(audit.split(" ")[0]),
                        Files.size(dump) / 1e6);
                System.out.printf("[drill] backup %.1f s, restore %.1f s, Jisr ready on the copy %.1f s: %.1f s in all%n",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
                System.out.println(same ? "[drill] PASSED: the restored database is the original" : "[drill] FAILED");
                exit = same ? 0 : 1;
            } finally {
                jisr.destroy();
                jisr.waitFor(60, TimeUnit.SECONDS);
            }
        } finally {
            db.stop();
        }
        System.exit(exit);
    }

    /** Jisr on {@code database}, once ready; development mode only to write the demo of an empty database. */
    private static Process runJisr(Path home, String database, boolean development) throws Exception {
        Files.createDirectories(home);
        Process payara = DevServer.startPayara(home, "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/" + database, "jisr",
                "unused-on-loopback", development, HTTP_PORT, development);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600 && payara.isAlive(); i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return payara;
                }
            } catch (java.io.IOException notYet) {
                // booting
            }
            Thread.sleep(500);
        }
        payara.destroyForcibly();
        throw new IllegalStateException("Jisr was not ready on " + database + " within 5 minutes");
    }

    /** Runs one of config/'s scripts with the embedded server's client programs; returns what it printed. */
    private static String script(Path script, Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(env);
        builder.environment().put("PATH", home.resolve("mariadb/base/bin").toAbsolutePath() + ":"
                + System.getenv("PATH"));
        Path options = home.resolve("restore-drill/client.cnf");
        Files.createDirectories(options.getParent());
        Files.writeString(options, "[client]\nhost=127.0.0.1\nport=" + DB_PORT + "\nuser=root\n# the embedded server speaks no TLS (loopback only)\nskip-ssl\n");
        builder.environment().put("JISR_MY_CNF", options.toAbsolutePath().toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script.getFileName() + " failed");
        }
        return out;
    }

    private static boolean compare(Map<String, Long> original, Map<String, Long> copy) {
        boolean same = check("the tables", original.keySet().toString(), copy.keySet().toString());
        for (Map.Entry<String, Long> table : original.entrySet()) {
            same &= check(table.getKey(), String.valueOf(table.getValue()), String.valueOf(copy.get(table.getKey())));
        }
        return same;
    }

    private static boolean check(String what, String expected, String found) {
        if (!expected.equals(found)) {
            System.out.printf("[drill] DIFFERS: %s: %s in the original, %s in the copy%n", what, expected, found);
        }
        return expected.equals(found);
    }

    /** Exact row counts of every table of {@code database}. */
    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + database + ".`" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The first row of a query, its columns joined by spaces. */
    private static String first(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? " " : "").append(rs.getString(i));
            }
            return row.toString();
        }
    }

    /**
     * "refused" when the copy's guards refuse to change an event: one written for the purpose (id -1, never
     * one of Jisr's), after the copy was compared with the original; the demo's log may be empty.
     */
    private static String guarded() throws SQLException {
        execute("INSERT INTO " + COPY + ".plt_audit_event (id, occurred_at, username, client_address, module, action)"
                + " VALUES (-1, NOW(3), 'restore-drill', 'system', 'platform', 'RESTORE_DRILL')");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return "changed " + s.executeUpdate("UPDATE " + COPY + ".plt_audit_event SET detail = 'changed'"
                    + " WHERE id = -1") + " row(s)";
        } catch (SQLException e) {
            return e.getMessage().contains("append-only") ? "refused" : e.getMessage();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + DB_PORT + "/?user=root");
    }
}
