package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A decision on an association's status, with the decision's reference and date. */
public record StatusDecision(AssociationStatus status, String decision, LocalDate decidedOn, LocalDateTime recordedAt,
                             String recordedBy) {
}
