package ma.gov.social.jisr.funding.internal.iso;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * One line of the bank's return on a credit-transfer file, as the bank wrote it: nothing here is matched yet.
 * {@code endToEndId} or {@code amount} may be missing or wrong; reconciliation lists such lines, never guesses.
 *
 * @param reasonCode  the ISO 20022 return reason of a rejection (AC04: account closed, BE01: name does not match
 *                    the account...), or null
 * @param reason      the bank's own words on it, or null
 */
public record BankReturn(String endToEndId, Dirhams amount, String currency, Outcome outcome, String reasonCode,
                         String reason, String bankReference) {
    public enum Outcome {
        /** Booked on the debtor's account: the money left. */
        EXECUTED,
        /** Returned or refused by the bank: the money did not reach the association. */
        REJECTED,
        /** Pending or for information only: nothing to conclude yet. */
        PENDING
    }
}
