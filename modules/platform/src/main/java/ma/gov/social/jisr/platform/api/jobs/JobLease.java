package ma.gov.social.jisr.platform.api.jobs;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When a job run counts as lost. A job runs in the JVM that started it, so only that server can say it is
 * alive: it refreshes the run's heartbeat in the database every 20 seconds, and any server judges a run whose
 * heartbeat is older than {@link #STALE} as lost, whatever the batch repository still says. This holds with
 * any number of servers, where comparing with one JVM's start time does not.
 */
public final class JobLease {
    /** Three missed beats: a busy server may be late once, not three times. */
    public static final Duration STALE = Duration.ofSeconds(60);

    private JobLease() {
    }

    public static boolean lost(LocalDateTime heartbeat, LocalDateTime now) {
        return heartbeat == null || heartbeat.isBefore(now.minus(STALE));
    }
}
