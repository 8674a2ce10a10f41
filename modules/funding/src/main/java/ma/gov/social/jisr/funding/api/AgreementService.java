package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Agreements with selected projects, within the caller's territory. Signing takes the association's RIB in
 * force; termination may ask for money back and change the association's status, in one decision.
 */
public interface AgreementService {
    long draft(long projectId, AgreementData data);

    /** Signs a draft: refused without an approved RIB, or for a suspended or blacklisted association. */
    void sign(long id, long version, LocalDate signedOn);

    AgreementDetails get(long id);

    /** The agreements of the caller's territory, latest first; {@code openClaimsOnly} for the follow-up. */
    List<AgreementDetails> ofAssociation(long associationId);

    /**
     * Ends an active agreement on a decision of {@code on}: unpaid tranches are cancelled from payment, a claim
     * of {@code claimAmount} (null: none) is opened, and the association's status set if {@code newStatus}.
     */
    void terminate(long id, long version, LocalDate on, String reason, Dirhams claimAmount, String claimReason,
                   AssociationStatus newStatus);

    /** Open and recovered repayment claims of the caller's territory. */
    List<Claim> claims(boolean openOnly);

    /** Records money received against a claim; the claim is RECOVERED when nothing is outstanding. */
    void receive(long claimId, long version, Dirhams amount, LocalDate receivedOn, String reference);
}
