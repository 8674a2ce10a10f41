package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A woman's intake: it opens her case in the kernel. {@code childIds}: the children with her (persons of
 * the registry). {@code callId}: the listening call this case comes from, if any.
 */
public record Intake(long personId, long centreId, LocalDate intakeOn, IntakeChannel channel, Set<ViolenceKind> kinds,
                     Perpetrator perpetrator, Set<ImmediateNeed> needs, List<Long> childIds, String worker,
                     String supervisor, boolean restricted, Long callId) {
    public Intake {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }
}
