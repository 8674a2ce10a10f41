package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/**
 * A referral to send. {@code targetModule} for a MODULE referral ("children"); {@code targetName} names the
 * outside service (which police station, which association). {@code subjectPersonId}: whom it is about,
 * the case's person or, say, her child (null: the case's person).
 */
public record ReferralData(ReferralTarget target, String targetModule, String targetName, Long subjectPersonId,
                           String reason, LocalDate dueOn) {
}
