package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Money asked back from an association, and how much of it has come back. */
public record Claim(long id, long version, long agreementId, String agreementReference, String associationName,
                    String reason, Dirhams amount, Dirhams recovered, String note, LocalDate notifiedOn,
                    LocalDate dueOn, String status) {
    public Dirhams outstanding() {
        return amount.minus(recovered);
    }
}
