package ma.gov.social.jisr.upgrades.api;

import java.time.LocalDateTime;

/** A programme year as it stands: its settings, where it is, and the planning job's latest run. */
public record Programme(ProgrammeSettings settings, ProgrammeStatus status, Long executionId,
                        LocalDateTime plannedAt, LocalDateTime approvedAt, String approvedBy) {
    public int year() {
        return settings.year();
    }
}
