package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import ma.gov.social.jisr.dev.DisbursementData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once, whatever happens: a run of a few thousand tranches on a Payara Micro of the test's own, killed
 * with SIGKILL during the selection, during the payment orders and during the file, then a new server, and the
 * run restarted from its screen; then MariaDB restarted under the running job; then two servers on the same
 * database both asked to start it. Each time its payment orders and its file must be those of an uninterrupted
 * run of the same tranches: same tranches, none twice, same bytes. The uninterrupted run is the same run, done
 * first; between two attempts the test puts the run and its tranches back as they were before it started.
 */
@ExtendWith(ItDatabase.class)
class DisbursementCrashIT {
    private static final int TRANCHES = 3000;
    private static final Path TARGET = Path.of(System.getProperty("jisr.it.screenshots", "target/screenshots"))
            .getParent();
    private static final Path FILES = TARGET.resolve("crash-files");
    private static final Path LOG = TARGET.resolve("crash-payara.log");

    private record Outcome(List<String> orders, List<String> run, byte[] file) {
    }

    /** Where the kill landed, as the database and the disk saw it just before. */
    private record Killed(String point, long read, long ordered, boolean partialFile) {
    }

    @Test
    void aRunKilledDuringSelectionOrdersOrFileFinishesWithTheOrdersAndBytesOfAnUninterruptedRun() throws Exception {
        Files.createDirectories(FILES);
        long run;
        Outcome reference;
        Killed killed;
        try (PayaraProcess server = PayaraProcess.start(FILES, LOG)) {
            ItAccounts.copyOf("finance", "finance.deux");
            long call;
            try (Connection c = ItDatabase.connect()) {
                call = DisbursementData.generate(c, "CRASH", TRANCHES);
            }
            run = DisbursementSteps.approvedRun(user -> officer(server, user), call);
            start(server, run);
            awaitEnd(run);
            reference = outcome(run);
            assertEquals(TRANCHES, reference.orders().size(), "every tranche ordered");
            System.out.printf("[crash] uninterrupted run %s: %s%n", run, reference.run());
            killed = killDuring(server, run, "selection");
        }
        for (String next : new String[] {"payment orders", "file", null}) {
            try (PayaraProcess server = PayaraProcess.start(FILES, LOG)) {
                restartAndCompare(server, run, reference, killed);
                if (next != null) {
                    killed = killDuring(server, run, next);
                } else {
                    databaseRestartedDuringOrders(server, run, reference);
                    twoServersAskedToRun(server, run, reference);
                }
            }
        }
    }

    /** MariaDB stopped and started under the running job: the chunk in flight is lost, nothing else. */
    private void databaseRestartedDuringOrders(PayaraProcess server, long run, Outcome reference) throws Exception {
        reset(run);
        start(server, run);
        while (Long.parseLong(text(DisbursementData.counts(String.valueOf(run))).split(" ")[1]) < TRANCHES / 3) {
            Thread.sleep(2);
        }
        ItDatabase.restart();
        // the job goes on (its chunk done again), or fails; if the database was down when it failed, the run
        // still says STARTED, but its server stops beating for it: a minute later it counts as lost
        String status = "";
        String beat = null;
        long sameBeatSince = System.nanoTime();
        while (!List.of("COMPLETED", "FAILED").contains(status)
                && System.nanoTime() - sameBeatSince < java.util.concurrent.TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(200);
            status = text("select status from jisr.fun_run where id = " + run);
            String now = ItDatabase.column("select heartbeat from jisr.plt_job_lease where lease_key = 'funding-run-"
                    + run + "'").stream().findFirst().orElse("");
            if (!now.equals(beat)) {
                beat = now;
                sameBeatSince = System.nanoTime();
            }
        }
        String how = status.equals("COMPLETED") ? "went on by itself (its chunk done again)"
                : status.equals("FAILED") ? "failed and was restarted from its page"
                : "stayed STARTED, its server stopped beating for it; seen lost, it was restarted from its page";
        if (status.equals("STARTED")) {
            ItAccounts.execute("update jisr.plt_job_lease set heartbeat = ? where lease_key = ?",
                    java.time.LocalDateTime.now().minusMinutes(5), "funding-run-" + run);
        }
        if (!status.equals("COMPLETED")) {
            start(server, run);
            awaitEnd(run);
        }
        assertSameAs(reference, run, "a database restart");
        System.out.printf("[crash] database restarted during the payment orders: the run %s; the same orders and"
                + " bytes%n", how);
    }

    /** A second server on the same database; both are asked to start the run at the same moment. */
    private void twoServersAskedToRun(PayaraProcess first, long run, Outcome reference) throws Exception {
        reset(run);
        try (PayaraProcess second = PayaraProcess.start(FILES, LOG)) {
            String path = "funding/run.xhtml?id=" + run;
            List<FacesClient> officers = List.of(officer(first, "finance"), officer(second, "finance.deux"));
            List<String> pages = new java.util.ArrayList<>();
            for (FacesClient officer : officers) {
                pages.add(officer.get(path).body());
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                FacesClient officer = officers.get(i);
                String page = pages.get(i);
                answers.add(pool.submit(() -> officer.ajax(path, page, "run", FacesClient.press("run:start", "", "run"))
                        .body()));
            }
            long started = 0;
            for (var answer : answers) {
                started += answer.get().contains(DisbursementSteps.fr("run.startedDone")) ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, started, "one start wins, the other is refused");
            awaitEnd(run);
            assertSameAs(reference, run, "two servers asked to run");
            System.out.println("[crash] two servers asked to start the run at once: one started it, the other was"
                    + " refused; the same orders and bytes");
        }
    }

    private Killed killDuring(PayaraProcess server, long run, String point) throws Exception {
        reset(run);
        start(server, run);
        String reference = text("select reference from jisr.fun_run where id = " + run);
        Path part = FILES.resolve(reference + ".xml.part");
        long[] counts = {0, 0};
        boolean partial = false;
        // the disk is looked at in a tight loop, the database every few milliseconds: a file of a few thousand
        // transfers is written in well under a second
        for (int i = 0; !partial; i++) {
            if (i % 200 == 0) {
                String[] state = text("select concat_ws(' ', " + DisbursementData.counts("r.id") + ", status) from"
                        + " jisr.fun_run r where id = " + run).split(" ");
                counts[0] = Long.parseLong(state[0]);
                counts[1] = Long.parseLong(state[1]);
                assertEquals("STARTED", state[4], "the run must still be running when the kill comes (" + point + ")");
                if (point.equals("selection") || point.equals("payment orders") && counts[1] >= TRANCHES / 3) {
                    break;
                }
            }
            partial = point.equals("file") && Files.exists(part);
        }
        server.kill();
        Killed killed = new Killed(point, counts[0], counts[1], partial || Files.exists(part));
        System.out.printf("[crash] killed during %s: %d read, %d ordered, partial file %s%n", point, counts[0],
                counts[1], killed.partialFile());
        return killed;
    }

    private void restartAndCompare(PayaraProcess server, long run, Outcome reference, Killed killed) throws Exception {
        assertEquals("STARTED", text("select status from jisr.fun_run where id = " + run), "left STARTED");
        // the dead server's heartbeat stops; the test ages it rather than wait the minute that makes it stale
        ItAccounts.execute("update jisr.plt_job_lease set heartbeat = ? where lease_key = ?",
                java.time.LocalDateTime.now().minusMinutes(5), "funding-run-" + run);
        FacesClient officer = officer(server, "finance");
        String page = officer.get("funding/run.xhtml?id=" + run).body();
        assertTrue(page.contains(DisbursementSteps.fr("run.lostHint")) && page.contains("id=\"run:start\""),
                "the screen says the run was lost and offers to restart it");
        start(server, run);
        awaitEnd(run);
        Outcome after = assertSameAs(reference, run, "a kill during " + killed.point());
        assertEquals(reference.run(), after.run(), "the same counts, total and digest");
        assertEquals(0, ItDatabase.number("select count(*) from (select tranche_id from jisr.fun_payment_order"
                + " group by tranche_id having count(*) > 1) twice"), "no tranche ordered twice, in any run");
        System.out.printf("[crash] after a kill during %s (%d read, %d ordered, partial file %s): restarted,"
                + " %d orders and %d bytes identical to the uninterrupted run%n", killed.point(), killed.read(),
                killed.ordered(), killed.partialFile(), after.orders().size(), after.file().length);
    }

    /** The run, its tranches and its file as they were before it first started (the test's own undo). */
    private static void reset(long run) throws Exception {
        try (Connection c = ItDatabase.connect()) {
            DisbursementData.reset(c, run);
        }
        Files.deleteIfExists(FILES.resolve(text("select reference from jisr.fun_run where id = " + run) + ".xml"));
    }

    private static Outcome outcome(long run) throws Exception {
        String reference = text("select reference from jisr.fun_run where id = " + run);
        return new Outcome(ItDatabase.column("select concat_ws(' ', tranche_id, attempt, end_to_end_id, amount, rib,"
                + " status) from jisr.fun_payment_order where run_id = " + run + " order by tranche_id"),
                ItDatabase.column("select concat_ws(' ', status, tranches_due, " + DisbursementData.counts("r.id")
                        + ", file_sha256, file_bytes) from jisr.fun_run r where id = " + run),
                Files.readAllBytes(FILES.resolve(reference + ".xml")));
    }

    /** The run's payment orders and file are the uninterrupted run's; answers the run as it is now. */
    private static Outcome assertSameAs(Outcome reference, long run, String after) throws Exception {
        Outcome now = outcome(run);
        assertEquals(reference.orders(), now.orders(), "the same payment orders after " + after);
        assertEquals(-1, java.util.Arrays.mismatch(reference.file(), now.file()), "the same bytes after " + after);
        return now;
    }

    private static void start(PayaraProcess server, long run) throws Exception {
        FacesClient officer = officer(server, "finance");
        String path = "funding/run.xhtml?id=" + run;
        String answer = officer.ajax(path, officer.get(path).body(), "run", FacesClient.press("run:start", "", "run"))
                .body();
        assertTrue(answer.contains(DisbursementSteps.fr("run.startedDone")), answer);
    }

    private static void awaitEnd(long run) throws Exception {
        for (int i = 0; i < 600 && !List.of("COMPLETED", "FAILED").contains(text("select status from jisr.fun_run"
                + " where id = " + run)); i++) {
            Thread.sleep(200);
        }
        assertEquals("COMPLETED", text("select status from jisr.fun_run where id = " + run));
    }

    private static FacesClient officer(PayaraProcess server, String username) throws Exception {
        ItDatabase.language(username, "fr");
        FacesClient client = new FacesClient(server.app());
        assertEquals(302, client.login(username, PlatformIT.PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    private static String text(String sql) throws Exception {
        return ItDatabase.column(sql).get(0);
    }
}
