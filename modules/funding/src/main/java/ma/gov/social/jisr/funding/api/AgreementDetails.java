package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** An agreement's page: its terms, the RIB it was signed with (masked), its tranches and repayment claims. */
public record AgreementDetails(long id, long version, String reference, long projectId, String projectReference,
                               String projectTitle, long associationId, String associationName, String provinceCode,
                               Dirhams amountRequested, AgreementData data, AgreementStatus status,
                               LocalDate signedOn, String ribAtSignature, LocalDate terminatedOn,
                               String terminationReason, List<Tranche> tranches, List<Claim> claims) {
    public Dirhams paid() {
        return tranches.stream().filter(t -> "PAID".equals(t.payment())).map(Tranche::amount)
                .reduce(Dirhams.ZERO, Dirhams::plus);
    }
}
