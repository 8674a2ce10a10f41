package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** A protection measure as the case file shows it. */
public record Measure(long id, MeasureKind kind, DecidedBy decidedBy, String decisionReference, LocalDate decidedOn,
                      int durationMonths, LocalDate reviewOn, LocalDate lastReviewedOn, String lastReview,
                      LocalDate endedOn) {
    public boolean active() {
        return endedOn == null;
    }

    /** Past its review date with no review since. */
    public boolean reviewOverdue(LocalDate today) {
        return active() && reviewOn.isBefore(today);
    }
}
