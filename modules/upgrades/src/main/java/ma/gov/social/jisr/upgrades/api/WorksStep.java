package ma.gov.social.jisr.upgrades.api;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Moving a planned upgrade one step on: the date it happened, and the contractor (when ordered) or the
 * actual cost (when finished).
 */
public record WorksStep(WorksStatus to, LocalDate on, String contractor, Dirhams actualCost) {
}
