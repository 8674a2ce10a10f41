package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What IT operations rely on when several servers share one database. */
class OperationsIT extends DeployedJisr {
    private static final String EMPTY_DATABASE = "jisr_twice";

    @Test
    void theBatchRuntimesTablesComeFromTheMigrationNotFromAFirstJobStart() throws Exception {
        // created no later than the platform's migration 8 was recorded: before any server could start a job
        List<String> tables = ItDatabase.column("select table_name from information_schema.tables where table_schema ="
                + " 'jisr' and table_name like 'jbatch%' and create_time <= (select installed_on from"
                + " jisr.flyway_history_platform where version = '8' and success) order by table_name");
        assertEquals(List.of("jbatchCHECKPOINTDATA", "jbatchEXECUTIONINSTANCEDATA", "jbatchJOBINSTANCEDATA",
                "jbatchJOBSTATUS", "jbatchSTEPEXECUTIONINSTANCEDATA", "jbatchSTEPSTATUS"), tables);
    }

    /**
     * Two servers started at the same moment on an empty database: both migrate it (Flyway's lock), both
     * create the accounts they must find (the startup lock: one creates, the other finds them), and both
     * deploy and are ready. Without the lock, the slower one failed on a duplicate account and did not deploy.
     */
    @Test
    void twoServersStartingTogetherOnAnEmptyDatabaseBothServeAndEachAccountExistsOnce() throws Exception {
        ItAccounts.execute("create database " + EMPTY_DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Path dir = Files.createDirectories(Path.of("target", "two-servers"));
        Map<String, String> env = Map.of("JISR_DB_URL", "jdbc:mariadb://127.0.0.1:" + System.getProperty(
                "jisr.it.db.port") + "/" + EMPTY_DATABASE + "?useMysqlMetadata=true");
        Path log = dir.resolve("payara.log");
        try (PayaraProcess one = PayaraProcess.launch(dir, log, env);
             PayaraProcess two = PayaraProcess.launch(dir, log, env)) {
            one.awaitLoginPage();
            two.awaitLoginPage();
            HttpClient http = HttpClient.newHttpClient();
            for (PayaraProcess server : List.of(one, two)) {
                assertEquals(200, http.send(HttpRequest.newBuilder(server.app().resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), "ready: " + server.app());
            }
            assertEquals(0, count("select count(*) from (select username from " + EMPTY_DATABASE + ".plt_user"
                    + " group by username having count(*) > 1) twice"), "no account created twice");
            assertEquals(1, count("select count(*) from " + EMPTY_DATABASE + ".plt_user where username = 'admin'"));
        }
    }
}
