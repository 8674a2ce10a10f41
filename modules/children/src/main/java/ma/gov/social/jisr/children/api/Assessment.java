package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.Map;

/** A best-interest assessment: a concern per domain, whether the child is in immediate danger, notes. */
public record Assessment(long id, LocalDate assessedOn, Map<AssessmentDomain, Concern> concerns,
                         boolean immediateDanger, DangerLevel danger, String notes, String recordedBy) {
}
