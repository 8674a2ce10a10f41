package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A line of an imported bank return and what it matched: MATCHED (applied to its payment), UNKNOWN (no payment
 * has this id), AMOUNT (another amount or currency), NOT_RELEASED (its run's file never went to the bank),
 * ALREADY (the payment already had this answer), CONFLICT (the payment already had another answer).
 */
public record BankReturnLine(long lineNo, String endToEndId, Dirhams amount, String currency, String outcome,
                             String reasonCode, String reason, String matched, Long runId, String runReference,
                             Dirhams orderedAmount) {
    public boolean applied() {
        return "MATCHED".equals(matched);
    }
}
