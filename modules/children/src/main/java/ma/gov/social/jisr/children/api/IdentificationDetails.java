package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A child case's identification as its file shows it: the child turns 18 on {@code adultOn}; an immediate
 * danger asks for an emergency measure before {@code emergencyDue} (met at {@code emergencyMetAt}).
 */
public record IdentificationDetails(long caseId, LocalDate identifiedOn, IdentificationSource source,
                                    String sourceDetail, Set<Situation> situations, boolean immediateDanger,
                                    String account, LocalDate adultOn, List<String> allegedAbusers,
                                    LocalDateTime emergencyDue, LocalDateTime emergencyMetAt,
                                    TransitionKind transition, LocalDate transitionOn, String transitionNote) {
    /** Whether the emergency measure is still awaited. */
    public boolean emergencyPending() {
        return emergencyDue != null && emergencyMetAt == null;
    }
}
