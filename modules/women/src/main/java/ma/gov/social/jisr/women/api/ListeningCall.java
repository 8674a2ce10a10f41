package ma.gov.social.jisr.women.api;

import java.time.LocalDateTime;
import java.util.Set;

/** A recorded call; {@code caseReference} once it became a case. */
public record ListeningCall(long id, long centreId, String provinceCode, LocalDateTime calledAt, IntakeChannel channel,
                            Set<ViolenceKind> kinds, boolean danger, Set<ImmediateNeed> needs, String summary,
                            String actionTaken, Long caseId, String by) {
}
