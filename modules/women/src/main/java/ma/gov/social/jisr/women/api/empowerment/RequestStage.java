package ma.gov.social.jisr.women.api.empowerment;

import java.util.Set;

/**
 * Where a funding request stands. Received; then accepted, rejected (with a reason) or sent to accompaniment
 * (whence accepted or rejected); an accepted request is financed by a partner programme; a financed project
 * is launched when its launch milestone is done.
 */
public enum RequestStage {
    RECEIVED, ACCOMPANIMENT, ACCEPTED, FINANCED, LAUNCHED, REJECTED;

    /** The stages a review decision may lead to from this one. */
    public Set<RequestStage> decisions() {
        return switch (this) {
            case RECEIVED -> Set.of(ACCEPTED, REJECTED, ACCOMPANIMENT);
            case ACCOMPANIMENT -> Set.of(ACCEPTED, REJECTED);
            default -> Set.of();
        };
    }

    /** Accepted at some point (the indicators' "accepted" counts financed and launched projects too). */
    public boolean accepted() {
        return this == ACCEPTED || this == FINANCED || this == LAUNCHED;
    }
}
