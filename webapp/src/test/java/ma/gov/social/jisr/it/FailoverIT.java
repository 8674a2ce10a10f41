package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers on the tests' database behind HAProxy with the configuration IT operations get, clerks working
 * through it, and one server killed (SIGKILL) under them. The clerks of the other server must not notice; the
 * killed server's clerks may lose the request it held, then log in again on the other one and go on; nothing
 * any server confirmed as saved may be missing, and an import finished on the dead server reads the same on
 * the living one.
 */
@ExtendWith(ItDatabase.class)
class FailoverIT {
    private static final Path DIR = Path.of("target", "failover");
    private static final int CLERKS = 8;
    private static final long BEFORE_MS = 15_000;
    private static final long AFTER_MS = 20_000;
    private static final String JSON_LOGS = Path.of("..", "config", "logging-json.properties").toString();

    @Test
    void theClerksOfAKilledServerLogInAgainOnTheOtherAndNothingSavedIsLost() throws Exception {
        Files.createDirectories(DIR);
        Files.deleteIfExists(DIR.resolve("payara.log")); // the log of this run only
        Path log = DIR.resolve("payara.log");
        Map<String, String> env = Map.of("JISR_TRUSTED_PROXIES", "127.0.0.1"); // as the README sets it up
        try (PayaraProcess one = PayaraProcess.launch(DIR, log, env, "--logproperties", JSON_LOGS);
             PayaraProcess two = PayaraProcess.launch(DIR, log, env, "--logproperties", JSON_LOGS)) {
            one.awaitLoginPage();
            two.awaitLoginPage();
            for (int i = 0; i <= CLERKS; i++) { // once the servers have migrated the database and made the models
                ItAccounts.copyOf(i == 0 ? "admin" : "coord.casa", "lb.clerk" + i);
                ItDatabase.language("lb.clerk" + i, "fr");
            }
            try (LoadBalancer balancer = LoadBalancer.start(DIR.resolve("haproxy.log"), one.app(), two.app())) {
                AtomicBoolean stop = new AtomicBoolean();
                Clerk importer = clerkOf("one", balancer, stop);
                String report = DeployedJisr.importFile(importer.client(), "people", DeployedJisr.PERSONS_CSV
                        + persons(30));
                assertEquals("", report, "the import was saved whole");
                String importId = ItDatabase.column("select id from jisr.plt_import where username = 'lb.clerk0'"
                        + " order by started_at desc limit 1").get(0);

                List<Clerk> clerks = new ArrayList<>();
                for (int i = 1; i <= CLERKS; i++) {
                    clerks.add(new Clerk("lb.clerk" + i, i, balancer.app(), stop).logIn());
                }
                Map<String, List<Clerk>> byServer = clerks.stream().collect(Collectors.groupingBy(c -> c.server));
                assertEquals(java.util.Set.of("one", "two"), byServer.keySet(), "the balancer shares the clerks out");
                ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
                List<Future<Clerk>> working = new ArrayList<>();
                clerks.forEach(clerk -> working.add(pool.submit(clerk)));
                Thread.sleep(BEFORE_MS);
                String killedAt = ItDatabase.column("select now(3)").get(0);
                one.kill();
                Thread.sleep(AFTER_MS);
                stop.set(true);
                for (Future<Clerk> clerk : working) {
                    clerk.get();
                }
                pool.shutdown();
                report(clerks, byServer);
                for (Clerk clerk : byServer.get("two")) {
                    assertEquals(List.of(), clerk.failures, clerk.username + " of the living server noticed nothing");
                    assertEquals(0, clerk.relogins, clerk.username + " kept the session");
                }
                for (Clerk clerk : byServer.get("one")) {
                    assertTrue(clerk.failures.size() <= 1, clerk.username + " lost at most the request the dead"
                            + " server held: " + clerk.failures);
                    assertEquals(1, clerk.relogins, clerk.username + " logged in again once");
                    assertTrue(ItDatabase.number("select count(*) from jisr.ppl_person where created_by = '"
                            + clerk.username + "' and created_at > '" + killedAt + "'") > 0,
                            clerk.username + " went on saving on the other server");
                }
                theImportReadsTheSameOnTheLivingServer(importer, importId);
                aRefusalIsLoggedAsJsonWithItsUserAndTheBalancersRequestId(clerks.get(0), log);
                theLivingServerPublishesRequestTimesWorkAndPoolUse(two);
            }
        }
    }

    private static void report(List<Clerk> clerks, Map<String, List<Clerk>> byServer) throws Exception {
        int sent = clerks.stream().mapToInt(c -> c.sent).sum();
        int failed = clerks.stream().mapToInt(c -> c.failures.size()).sum();
        List<Long> saved = clerks.stream().flatMap(c -> c.saved.stream()).toList();
        long found = saved.isEmpty() ? 0 : ItDatabase.number("select count(*) from jisr.ppl_person where id in ("
                + saved.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        System.out.printf("[failover] %d clerks (%d on the killed server): %d requests sent, %d failed, %d logins"
                + " again; %d persons saved, %d lost%n", clerks.size(), byServer.get("one").size(), sent, failed,
                clerks.stream().mapToInt(c -> c.relogins).sum(), saved.size(), saved.size() - found);
        assertTrue(saved.size() > 2L * clerks.size(), "the clerks saved persons throughout: " + saved.size());
        assertEquals(saved.size(), found, "every person a server confirmed is in the database");
    }

    /** The importer's next request reaches the living server: logged in again, the import is there, done. */
    private static void theImportReadsTheSameOnTheLivingServer(Clerk importer, String importId) throws Exception {
        String path = "platform/imports/import.xhtml?module=people&id=" + importId;
        if (importer.client().get(path).statusCode() == 302) {
            importer.logIn();
        }
        assertEquals("two", importer.server);
        String page = importer.client().get(path).body();
        assertTrue(page.contains("id=\"follow:doneText\"") && page.contains(": 30 / 30"), "the finished import, read on"
                + " the other server: " + page.substring(Math.max(0, page.indexOf("id=\"state\""))));
        assertEquals(30, ItDatabase.number("select count(*) from jisr.ppl_person where last_name_lat like 'Zzim%'"));
    }

    /**
     * The servers log as IT operations are told to (config/logging-json.properties): a refused page is one JSON
     * line naming the user and the id the balancer gave the request; no line anywhere holds a password or CIN.
     */
    private static void aRefusalIsLoggedAsJsonWithItsUserAndTheBalancersRequestId(Clerk clerk, Path log)
            throws Exception {
        java.net.http.HttpResponse<String> refused = clerk.client().get("funding/callEdit.xhtml");
        assertEquals(403, refused.statusCode(), "a regional coordinator does not manage calls for proposals");
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(id.contains("_"), "the balancer's id, not one of the server's: " + id);
        Thread.sleep(500); // the console is flushed line by line, but by another thread
        List<String> lines = Files.readAllLines(log);
        String line = lines.stream().filter(l -> l.contains(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no log line holds the request id " + id));
        Map<?, ?> json = new org.openqa.selenium.json.Json().toType(line, Map.class);
        assertEquals(clerk.username, json.get("user"), line);
        assertEquals(id, json.get("requestId"), line);
        assertTrue(String.valueOf(json.get("LogMessage")).contains("answered 403"), line);
        String databasePassword = System.getenv("JISR_DB_PASSWORD");
        assertTrue(lines.stream().noneMatch(l -> l.contains(PlatformIT.PASSWORD) || l.contains(databasePassword)
                || l.contains("ZF7000")), "no password and no CIN in the log");
    }

    /** What monitoring scrapes from a server's own port (README, "Monitoring"). */
    private static void theLivingServerPublishesRequestTimesWorkAndPoolUse(PayaraProcess server) throws Exception {
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                server.app().resolve("/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        List<String> ours = metrics.lines().filter(l -> l.startsWith("jisr_")).toList();
        ours.stream().filter(l -> !l.contains("quantile") && !l.contains("_bucket")).forEach(l -> System.out.println(
                "[failover] metric " + l));
        assertTrue(ours.stream().anyMatch(l -> l.startsWith("jisr_request_seconds_count{area=\"people\"")),
                "request times per area");
        for (String gauge : List.of("jisr_jobs_running", "jisr_jobs_items_written", "jisr_imports_running",
                "jisr_imports_lines", "jisr_imports_lines_checked", "jisr_db_connections_busy")) {
            assertTrue(ours.stream().anyMatch(l -> l.startsWith(gauge + "{") && !l.endsWith(" -1")
                    && !l.endsWith(" -1.0")), gauge + " read (not -1)");
        }
        // this machine's three servers (the tests' own, and these two) share one address: at least the
        // living server's steady pool of 4, and no more than three full pools
        double connections = Double.parseDouble(ours.stream().filter(l -> l.startsWith("jisr_db_connections{"))
                .findFirst().orElseThrow().replaceAll(".* ", ""));
        assertTrue(connections >= 4 && connections <= 96, "the pool's connections: " + connections);
    }

    /** A clerk logged in through the balancer on {@code server} (it shares logins out in turn). */
    private static Clerk clerkOf(String server, LoadBalancer balancer, AtomicBoolean stop) throws Exception {
        List<String> given = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            Clerk clerk = new Clerk("lb.clerk0", 0, balancer.app(), stop).logIn();
            if (server.equals(clerk.server)) {
                return clerk;
            }
            given.add(clerk.server + " " + clerk.failures);
        }
        throw new AssertionError("the balancer never sent a login to " + server + ": " + given);
    }

    /** Born three years apart from each other: never possible duplicates of one another, whatever the names. */
    private static String persons(int count) {
        StringBuilder csv = new StringBuilder();
        String letters = "bdfgklmnrstz";
        for (int i = 0; i < count; i++) {
            String name = "Zzim" + letters.charAt(i % 12) + letters.charAt(i / 12) + "a";
            csv.append("نادية,").append("زم").append("بجحدرسعفقكلم".charAt(i % 12)).append("بجحدرسعفقكلم".charAt(i / 12))
                    .append(",Nadia,").append(name).append(",F,").append(1930 + 3 * i).append("-03-04,ZF")
                    .append(700_001 + i).append(",MA-CAS\n");
        }
        return csv.toString();
    }
}
