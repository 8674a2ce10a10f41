package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's life project: its goals, its reviews, and the measures and placements that serve it. A review is
 * due ({@code reviewDueOn}, {@code reviewDueReason}) when a measure or a placement changed since the last one.
 */
public record LifeProject(List<Goal> goals, List<Review> reviews, List<Measure> measures, List<Placement> placements,
                          LocalDate reviewDueOn, String reviewDueReason) {
}
