package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the disbursement batch reads and writes, so that a tranche is paid exactly once: it lists payable
 * tranches, claims each with a conditional update (only an UNPAID tranche can be claimed, by one run), then
 * records it paid with the bank's reference, or releases the claim if the payment order was not issued.
 */
public interface TranchePayments {
    /** Payable tranches after {@code afterId}, by id (keyset), at most {@code limit}. */
    List<PayableTranche> payable(long afterId, int limit);

    /** True if this run now holds the tranche; false if it was not payable or another run holds it. */
    boolean claim(long trancheId, String run);

    void paid(long trancheId, String run, LocalDate paidOn, String paymentRef);

    void release(long trancheId, String run);
}
