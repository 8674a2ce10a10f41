package ma.gov.social.jisr.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many login forms submitted at the same instant (the start of a working day, or a script guessing
 * passwords), while the database is watched: how many transactions of the application are open at once.
 */
final class LoginStorm {
    /** One attempt's answer; status -1 when it did not answer within the limit. */
    record Answer(String username, boolean rightPassword, int status, String location, String body) {
        /** A right password leads to the home page; a wrong one to the login page with {@code refusal}. */
        boolean asExpected(String refusal) {
            return rightPassword ? status == 302 && location.endsWith("/index.xhtml")
                    : status == 200 && body.contains(refusal);
        }

        @Override
        public String toString() {
            return username + (rightPassword ? " (right password) -> " : " (wrong password) -> ") + status
                    + (location == null ? "" : " " + location);
        }
    }

    /**
     * {@code mostConnections}: the most connections the application held at once (its pool never shrinks
     * within a test, and stops at 32); {@code mostBusy}: the most running a statement at once, which is
     * mostly statements waiting for a row lock.
     */
    record Result(List<Answer> answers, int mostConnections, int mostBusy, Duration elapsed) {
    }

    /** The application's connections (its pool's physical connections), and those running a statement now. */
    private static final String CONNECTIONS = "SELECT COUNT(*), COALESCE(SUM(COMMAND <> 'Sleep'), 0)"
            + " FROM information_schema.PROCESSLIST WHERE USER = 'jisr'";

    private LoginStorm() {
    }

    static Result run(URI app, List<String> usernames, List<Boolean> rightPassword, String password, Duration limit)
            throws Exception {
        int n = usernames.size();
        List<FacesClient> clients = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FacesClient client = new FacesClient(app);
            pages.add(client.get("login.xhtml").body());
            clients.add(client);
        }
        ExecutorService threads = Executors.newFixedThreadPool(n + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger connections = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        Future<?> watcher = threads.submit(() -> watch(running, connections, busy));
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FacesClient client = clients.get(i);
            String page = pages.get(i);
            Map<String, String> fields = Map.of("username", usernames.get(i),
                    "password", rightPassword.get(i) ? password : "wrong-" + password);
            futures.add(threads.submit(() -> {
                go.await();
                return client.submit("login.xhtml", page, "login", fields, "submit");
            }));
        }
        long begin = System.nanoTime();
        long deadline = begin + limit.toNanos();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> response = null;
            try {
                response = futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                futures.get(i).cancel(true);
            }
            answers.add(response == null ? new Answer(usernames.get(i), rightPassword.get(i), -1, null, null)
                    : new Answer(usernames.get(i), rightPassword.get(i), response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), response.body()));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        running.set(false);
        watcher.get(10, TimeUnit.SECONDS);
        threads.shutdownNow();
        return new Result(answers, connections.get(), busy.get(), elapsed);
    }

    private static Void watch(AtomicBoolean running, AtomicInteger connections, AtomicInteger busy)
            throws SQLException, InterruptedException {
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            while (running.get()) {
                try (ResultSet rs = s.executeQuery(CONNECTIONS)) {
                    rs.next();
                    connections.accumulateAndGet(rs.getInt(1), Math::max);
                    busy.accumulateAndGet(rs.getInt(2), Math::max);
                }
                Thread.sleep(20);
            }
        }
        return null;
    }
}
