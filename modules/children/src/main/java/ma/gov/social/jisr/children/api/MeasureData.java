package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** A measure to record, with the decision it comes from. */
public record MeasureData(MeasureKind kind, DecidedBy decidedBy, String decisionReference, LocalDate decidedOn,
                          int durationMonths, LocalDate reviewOn) {
}
