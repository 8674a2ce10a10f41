package ma.gov.social.jisr.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logged-in sessions loading pages at the same time, as staff do at nine in the morning. Bounded twice:
 * by a number of page loads and by a time limit, whichever comes first. Counts the answers by status.
 */
final class PageLoad {
    /** A status of -1 is a load that threw (timeout, connection reset). */
    record Result(Map<Integer, Long> statuses, long loads, Duration elapsed, List<String> samples) {
        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        double perSecond() {
            return loads * 1000.0 / Math.max(1, elapsed.toMillis());
        }

        @Override
        public String toString() {
            return loads + " page loads in " + elapsed.toMillis() + " ms (" + String.format("%.1f", perSecond())
                    + "/s), by status " + new TreeMap<>(statuses) + (samples.isEmpty() ? "" : ", e.g. " + samples);
        }
    }

    private PageLoad() {
    }

    static Result run(List<FacesClient> sessions, List<String> paths, long totalLoads, Duration limit)
            throws InterruptedException {
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong started = new AtomicLong();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        long begin = System.nanoTime();
        for (FacesClient session : sessions) {
            threads.execute(() -> {
                long n;
                while ((n = started.getAndIncrement()) < totalLoads && System.nanoTime() < deadline) {
                    String path = paths.get((int) (n % paths.size()));
                    int status = load(session, path, samples);
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        long loads = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Result(counts, loads, elapsed, List.copyOf(samples));
    }

    private static int load(FacesClient session, String path, List<String> samples) {
        try {
            HttpResponse<String> response = session.get(path, Duration.ofSeconds(60));
            if (response.statusCode() != 200 && samples.size() < 5) {
                samples.add(response.statusCode() + " " + path + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
            return response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            if (samples.size() < 5) {
                samples.add(path + " " + e);
            }
            return -1;
        }
    }
}
