package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

public record FollowUp(long id, FollowUpKind kind, LocalDate doneOn, String note, LocalDate nextDue, String by) {
}
