package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

/** A milestone past its planned day, on its adviser's list. */
public record LateMilestone(long requestId, String name, String idea, String provinceCode, Milestone step,
                            LocalDate plannedOn, long daysLate, String adviser) {
}
