package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

/** A milestone of an accompanied project; late when its planned day has passed and it is not done. */
public record MilestoneRow(long requestId, Milestone step, LocalDate plannedOn, LocalDate doneOn, Boolean stillActive,
                           String note, boolean late) {
}
