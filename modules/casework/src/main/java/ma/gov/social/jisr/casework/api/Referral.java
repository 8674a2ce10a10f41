package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A referral as the sender and the receiver see it: what it carried ({@code fields}, only those its
 * target needs) and what the receiver did ({@code outcome}, {@code receivedCaseReference}).
 */
public record Referral(long id, long version, long caseId, String caseReference, String module, ReferralTarget target,
                       String targetModule, String targetName, String provinceCode, ReferralStatus status,
                       LocalDate dueOn, LocalDateTime sentAt, String sentBy, LocalDateTime answeredAt,
                       String answeredBy, String outcome, String receivedCaseReference,
                       Map<SharedField, String> fields, String targetTeam) {
    public boolean overdue(LocalDate today) {
        return status.pending() && dueOn.isBefore(today);
    }
}
