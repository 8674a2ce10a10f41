package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A disbursement run as the finance officers follow it: who prepared and approved it, its limits, its counts
 * (due tranches counted at the start and read so far, payment orders made, tranches refused with a reason), its total, and its file's digest.
 * {@code lost}: the run says STARTED but the server running it stopped beating; it can be restarted.
 */
public record DisbursementRun(long id, long version, String reference, RunRequest request, String callReference,
                              RunStatus status, String preparedBy, LocalDateTime preparedAt, String approvedBy,
                              LocalDateTime approvedAt, String cancelledBy, LocalDateTime cancelledAt,
                              long due, long read, long ordered, long refused, Dirhams total, String fileSha256,
                              Long fileBytes, String releasedBy, LocalDateTime releasedAt, boolean lost) {
    /** The same run, known lost: its server stopped beating while the run was STARTED. */
    public DisbursementRun asLost() {
        return new DisbursementRun(id, version, reference, request, callReference, status, preparedBy, preparedAt,
                approvedBy, approvedAt, cancelledBy, cancelledAt, due, read, ordered, refused, total, fileSha256,
                fileBytes, releasedBy, releasedAt, true);
    }
}
