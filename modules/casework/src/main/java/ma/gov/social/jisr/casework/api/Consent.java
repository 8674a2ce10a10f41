package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record Consent(long id, ConsentPurpose purpose, ConsentBasis basis, ConsentGiver givenBy,
                      Long guardianPersonId, String reference, LocalDate givenOn, String recordedBy,
                      LocalDateTime withdrawnAt, String withdrawnBy) {
    public boolean active() {
        return withdrawnAt == null;
    }
}
