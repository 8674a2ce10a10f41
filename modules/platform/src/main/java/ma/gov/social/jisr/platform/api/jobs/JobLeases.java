package ma.gov.social.jisr.platform.api.jobs;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The leases of job runs, kept in the database for every server: the server that starts a run takes its
 * lease and refreshes it while the run lives there; any server can then tell a run that is alive from one
 * whose server stopped (killed, crashed) whatever the batch repository still says.
 */
public interface JobLeases {
    /** This server now runs {@code execution} for the run named {@code key} ("funding-run-1000"). */
    void take(String key, long execution);

    /**
     * The execution of {@code key} ended here, whatever the repository could record: this server stops beating for
     * it at once, without the database (which may be what failed), so that the run is seen lost and restartable.
     */
    void ended(String key, long execution);

    /** When the server running {@code key} last said it was alive; empty if no server ever took it. */
    Optional<LocalDateTime> heartbeat(String key);

    /** Whether the run named {@code key}, which its repository calls active, was lost with its server. */
    default boolean lost(String key) {
        return JobLease.lost(heartbeat(key).orElse(null), LocalDateTime.now());
    }
}
