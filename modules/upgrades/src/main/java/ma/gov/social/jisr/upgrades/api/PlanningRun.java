package ma.gov.social.jisr.upgrades.api;

import java.time.LocalDateTime;

/**
 * The planning job's latest execution for a year. {@code status} is the batch status (STARTING, STARTED,
 * COMPLETED, FAILED, STOPPED, ...); {@code interrupted} when it was still running when the server stopped.
 */
public record PlanningRun(long executionId, String status, String exitStatus, LocalDateTime started,
                          LocalDateTime ended, boolean interrupted) {
    public boolean running() {
        return !interrupted && ("STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status));
    }

    public boolean restartable() {
        return interrupted || "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
