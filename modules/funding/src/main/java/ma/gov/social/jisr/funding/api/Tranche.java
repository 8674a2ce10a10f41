package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.Set;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A tranche of an agreement, its payment state, the report on its use (if any) and why it is or is not
 * payable now ({@code blockers} empty: due and payable).
 */
public record Tranche(long id, int number, Dirhams amount, boolean onSignature, String payment, LocalDate paidOn,
                      String paymentRef, Long reportId, String reportStatus, Set<NotPayable> blockers) {
    public boolean payable() {
        return blockers.isEmpty();
    }
}
