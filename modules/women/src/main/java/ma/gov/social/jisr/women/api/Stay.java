package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A stay in a shelter; its length counts to today while she is still there. */
public record Stay(long id, long caseId, long centreId, LocalDate admittedOn, LocalDate dischargedOn,
                   String admittedBy) {
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(admittedOn, dischargedOn == null ? today : dischargedOn);
    }
}
