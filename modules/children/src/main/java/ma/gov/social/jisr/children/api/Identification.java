package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * A child's identification: it opens the child's case in the kernel. {@code allegedAbuserIds}: persons of
 * the registry (a parent, a guardian...) who are never asked for consent nor informed.
 */
public record Identification(long personId, long centreId, LocalDate identifiedOn, IdentificationSource source,
                             String sourceDetail, Set<Situation> situations, boolean immediateDanger, String account,
                             Set<Long> allegedAbuserIds, String worker, String supervisor, boolean restricted) {
    public Identification {
        situations = situations == null ? Set.of() : Set.copyOf(situations);
        allegedAbuserIds = allegedAbuserIds == null ? Set.of() : Set.copyOf(allegedAbuserIds);
    }
}
