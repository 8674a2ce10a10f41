package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR, unchanged, on Payara Server 6 (the full distribution from Maven Central, unpacked by the build),
 * installed by {@code config/payara-server.sh}, the README's steps, on a new database in production mode:
 * the first administrator logs in and the server says it is ready. The database password reaches the pool
 * only through the domain's password alias: it is not in the server's environment nor in domain.xml.
 */
@ExtendWith(ItDatabase.class)
class PayaraServerIT {
    private static final Path HOME = Path.of(System.getProperty("jisr.it.payaraServer", "target/payara-server"),
            "payara6");
    private static final String DATABASE = "jisr_server";
    private static final String DB_PASSWORD = "it-only-password-7f3a";
    private static final String ADMIN_PASSWORD = "Premier-Jour-2026";

    @Test
    void theReadmesStepsDeployTheWarOnAPayaraServerDomainThatLogsInAndIsReady() throws Exception {
        Path domain = HOME.resolve("glassfish/domains/jisr");
        if (Files.exists(domain)) { // an earlier run's, on a build directory that was not cleaned
            try (var paths = Files.walk(domain)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        ItAccounts.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Path passwords = Files.createTempFile(Path.of("target"), "asadmin", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwords, "AS_ADMIN_PASSWORD=domain-admin-it-3c9e\nAS_ADMIN_ALIASPASSWORD=" + DB_PASSWORD + "\n");
        int base = freePortBase();
        ProcessBuilder install = new ProcessBuilder("bash", Path.of("..", "config", "payara-server.sh").toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "payara-server.log").toFile());
        var env = install.environment();
        env.remove("JISR_DB_PASSWORD");
        env.put("PAYARA_HOME", HOME.toAbsolutePath().toString());
        env.put("JISR_WAR", System.getProperty("jisr.it.war"));
        env.put("JISR_DRIVER", System.getProperty("jisr.it.driver"));
        env.put("JISR_PASSWORDS", passwords.toAbsolutePath().toString());
        env.put("JISR_PORTBASE", Integer.toString(base));
        env.put("JISR_DB_URL", "jdbc:mariadb://127.0.0.1:" + System.getProperty("jisr.it.db.port") + "/" + DATABASE
                + "?useMysqlMetadata=true");
        env.put("JISR_MODE", "production");
        env.put("JISR_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process installing = install.start();
        try {
            assertTrue(installing.waitFor(8, TimeUnit.MINUTES), "the steps ended within 8 minutes");
            assertEquals(0, installing.exitValue(), "every step succeeded: see target/payara-server.log");
            URI server = URI.create("http://127.0.0.1:" + (base + 80) + "/");
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, http.send(HttpRequest.newBuilder(server.resolve("health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "ready");
            FacesClient admin = new FacesClient(server.resolve("jisr/"));
            HttpResponse<String> login = admin.login("admin", ADMIN_PASSWORD);
            assertEquals(302, login.statusCode(), "the first administrator logs in");
            assertFalse(login.headers().firstValue("Location").orElse("").contains("login.xhtml"));
            String config = Files.readString(domain.resolve("config/domain.xml"));
            assertTrue(config.contains("${ALIAS=jisr-db-password}") && !config.contains(DB_PASSWORD),
                    "the pool's password is the alias, never the password");
            assertEquals(List.of("1"), ItDatabase.column("select count(*) from " + DATABASE + ".plt_user"));
            List<String> log = Files.readAllLines(domain.resolve("logs/server.log"));
            assertTrue(log.stream().allMatch(l -> l.startsWith("{\"") && l.endsWith("}")), "one JSON object a line");
            assertTrue(log.stream().anyMatch(l -> l.contains("\"LoggerName\":\"jisr.boot\"")
                    && l.contains("Jisr started")), "Jisr's own lines among them");
            assertTrue(log.stream().noneMatch(l -> l.contains(DB_PASSWORD) || l.contains(ADMIN_PASSWORD)),
                    "no password in the log");
        } finally {
            installing.destroyForcibly();
            new ProcessBuilder(HOME.resolve("bin/asadmin").toString(), "stop-domain", "jisr").inheritIO().start()
                    .waitFor(2, TimeUnit.MINUTES);
            Files.deleteIfExists(passwords);
        }
    }

    /** A base whose administration, HTTP and HTTPS ports (and the others the domain takes) are free. */
    private static int freePortBase() throws Exception {
        for (int base = 28000; base < 60000; base += 100) {
            if (free(base + 48) && free(base + 80) && free(base + 81) && free(base + 86) && free(base + 76)
                    && free(base + 37) && free(base + 38) && free(base + 39) && free(base + 0) && free(base + 9)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (java.io.IOException taken) {
            return false;
        }
    }
}
