package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.value.Rib;

/** A change of an association's RIB: asked by one person, approved or rejected by another. */
public record RibChange(long id, long version, long associationId, String associationName, Rib rib, String reason, LocalDateTime requestedAt,
                        String requestedBy, Status status, LocalDateTime decidedAt, String decidedBy,
                        String decisionNote) {
    public enum Status { PENDING, APPROVED, REJECTED }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
