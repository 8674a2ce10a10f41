package ma.gov.social.jisr.platform.internal.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per key (an account name, a client address) in a sliding window and says how long
 * the next attempt must wait: nothing for the first {@code free} failures, then {@code first}, doubling
 * with each further failure, up to {@code cap}. Memory is bounded: past {@code maxKeys} keys the stale
 * ones go, and if all are fresh the brake forgets everything (it is a brake, not the lockout).
 */
final class FailureBrake {
    private final int free;
    private final long windowMillis;
    private final Duration first;
    private final Duration cap;
    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    FailureBrake(int free, Duration window, Duration first, Duration cap, int maxKeys, LongSupplier clock) {
        this.free = free;
        this.windowMillis = window.toMillis();
        this.first = first;
        this.cap = cap;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    Duration delayFor(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        int recent;
        synchronized (times) {
            dropOld(times, clock.getAsLong());
            recent = times.size();
        }
        if (recent < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(recent - free, 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    void failed(String key) {
        long now = clock.getAsLong();
        if (failures.size() >= maxKeys && !failures.containsKey(key)) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    dropOld(times, now);
                    return times.isEmpty();
                }
            });
            if (failures.size() >= maxKeys) {
                failures.clear();
            }
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
            while (times.size() > free + 32) { // enough to reach the cap; older ones add nothing
                times.removeFirst();
            }
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    int keys() {
        return failures.size();
    }

    private void dropOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
    }
}
