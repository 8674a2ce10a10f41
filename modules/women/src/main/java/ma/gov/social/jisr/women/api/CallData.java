package ma.gov.social.jisr.women.api;

import java.time.LocalDateTime;
import java.util.Set;

/** A listening call: no name required, only what is needed to act. */
public record CallData(long centreId, LocalDateTime calledAt, IntakeChannel channel, Set<ViolenceKind> kinds,
                       boolean danger, Set<ImmediateNeed> needs, String summary, String actionTaken) {
}
