package ma.gov.social.jisr.upgrades.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;
import java.time.LocalDate;

/**
 * Moving a planned upgrade one step on: the date it happened, and the contractor (when ordered) or the
 * actual cost (when finished).
 */
public record WorksStep(WorksStatus to, LocalDate on, String contractor, Dirhams actualCost) {
}
