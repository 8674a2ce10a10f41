package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** A review of the life project: when, what came of it, when the next one is due. */
public record Review(long id, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn, String recordedBy) {
}
