package ma.gov.social.jisr.dev;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command: Jisr on Payara Micro, on an embedded MariaDB whose data stays in .jisr-dev/ between
 * runs, or on the external MariaDB named by JISR_DB_URL / JISR_DB_USER / JISR_DB_PASSWORD.
 * Ctrl-C stops the server, then the database.
 */
public final class DevServer {
    private static final int DB_PORT = Integer.parseInt(env("JISR_DEV_DB_PORT", "3307"));
    private static final int HTTP_PORT = Integer.parseInt(env("JISR_HTTP_PORT", "8080"));

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path home = Path.of(System.getProperty("jisr.dev.home"));
        Files.createDirectories(home);
        String url = System.getenv("JISR_DB_URL");
        EmbeddedMariaDb db = null;
        String user;
        String password;
        if (url != null && !url.isBlank()) {
            user = System.getenv("JISR_DB_USER");
            password = System.getenv("JISR_DB_PASSWORD");
            System.out.println("[jisr] external MariaDB: " + url.replaceAll("\\?.*", ""));
        } else {
            System.out.println("[jisr] starting embedded MariaDB on 127.0.0.1:" + DB_PORT + ", data in "
                    + home.resolve("mariadb/data"));
            db = EmbeddedMariaDb.start(DB_PORT, home.resolve("mariadb").toFile(), true);
            user = "jisr";
            password = "unused-on-loopback"; // the embedded server runs without grant tables
            db.createDatabase();
            url = db.jdbcUrl();
        }
        Process payara = startPayara(home, url, user, password, db != null);
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database), "jisr-stop"));
        waitForLoginPage(payara, started);
        int exit = payara.waitFor();
        System.exit(exit);
    }

    static Process startPayara(Path home, String url, String user, String password, boolean development)
            throws IOException {
        return startPayara(home, url, user, password, development, HTTP_PORT, true);
    }

    /** {@code demoData}: whether development mode seeds its demo records (the benchmark brings its own). */
    static Process startPayara(Path home, String url, String user, String password, boolean development,
                               int httpPort, boolean demoData) throws IOException {
        String runtime = System.getProperty("jisr.dev.runtime");
        // A root folder kept from the last run makes Payara deploy the old WAR, then redeploy the new one
        // while the first requests arrive: start from an empty one (the data lives in MariaDB, not here).
        Path root = home.resolve("payara");
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g"));
        // e.g. -Djisr.dev.payaraOptions=-XX:StartFlightRecording=filename=/tmp/jisr.jfr,settings=profile
        String extra = System.getProperty("jisr.dev.payaraOptions", "").trim();
        if (!extra.isEmpty() && !extra.startsWith("${")) { // an unset Maven property arrives unexpanded
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", runtime + "/payara-micro.jar", "--nocluster", "--port", Integer.toString(httpPort),
                "--addLibs", runtime + "/mariadb-java-client.jar",
                "--postbootcommandfile", System.getProperty("jisr.dev.postboot"),
                "--rootdir", root.toString(),
                "--deploy", System.getProperty("jisr.dev.war"), "--contextroot", "jisr"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("JISR_DB_URL", url.contains("useMysqlMetadata") ? url
                : url + (url.contains("?") ? "&" : "?") + "useMysqlMetadata=true");
        environment.put("JISR_DB_USER", user);
        environment.put("JISR_DB_PASSWORD", password);
        environment.putIfAbsent("JISR_MODE", development ? "development" : "production");
        // bank files beside the database they belong to: run references repeat from one database to another
        environment.putIfAbsent("JISR_DISBURSEMENT_DIRECTORY", home.resolve("disbursements").toString());
        if (!demoData) {
            environment.put("JISR_DEMO_DATA", "false");
        }
        return builder.start();
    }

    private static void waitForLoginPage(Process payara, long started) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI login = URI.create("http://localhost:" + HTTP_PORT + "/jisr/login.xhtml");
        while (payara.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(login).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("%n[jisr] ===================================================%n"
                            + "[jisr] Jisr is ready at http://localhost:%d/jisr/  (login page answered after %.1f s)%n"
                            + "[jisr] server memory (RSS): %s%n"
                            + "[jisr] health: http://localhost:%d/health/ready and /health/live%n"
                            + "[jisr] demo accounts (development mode only): admin, admin.rabat, coord.casa,%n"
                            + "[jisr]   coord.rabat, coord.enfance, agent.rabat, agent.casa, agent.femmes, enfance.sale (.casa,%n"
                            + "[jisr]   .tanger, .meknes, .marrakech, .agadir, .laayoune), partenariat, partenariat.rabat,%n"
                            + "[jisr]   partenariat.casa, evaluateur.1, evaluateur.2, evaluateur.3, finance, finance.2, auditor, auditor.casa;%n"
                            + "[jisr]   password Jisr-Demo-2026%n"
                            + "[jisr] demo data (development mode, written at the first start; JISR_DEMO_DATA=false%n"
                            + "[jisr]   for none): centres and inspections, persons, upgrade programmes,%n"
                            + "[jisr]   women's cases, children's cases and committees in the eight pilots, partner associations%n"
                            + "[jisr] Ctrl-C stops the server and the database.%n"
                            + "[jisr] ===================================================%n",
                            HTTP_PORT, seconds, residentMemory(payara.pid()), HTTP_PORT);
                    return;
                }
            } catch (IOException notYet) {
                // the server is still booting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static void stop(Process payara, EmbeddedMariaDb db) {
        if (payara.isAlive()) {
            System.out.println("[jisr] stopping Payara Micro...");
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (db != null) {
            System.out.println("[jisr] stopping MariaDB...");
            db.stop();
        }
        System.out.println("[jisr] stopped.");
    }

    static String residentMemory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS")).map(line -> line.replace("VmRSS:", "").trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String javaBinary() {
        return new File(System.getProperty("java.home"), "bin/java").getPath();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
