package ma.gov.social.jisr.casework.api;

import java.time.LocalDateTime;

/** One line of a case's history: a change of step, with who and why. */
public record StepChange(CaseStep from, CaseStep to, CloseReason reason, String note, LocalDateTime at, String by) {
}
