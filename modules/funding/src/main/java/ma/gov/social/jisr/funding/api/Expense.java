package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** An expense reported against a budget line (its position in the project's budget). */
public record Expense(int linePosition, String description, Dirhams amount, LocalDate spentOn) {
}
