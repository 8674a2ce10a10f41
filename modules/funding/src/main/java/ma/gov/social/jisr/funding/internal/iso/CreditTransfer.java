package ma.gov.social.jisr.funding.internal.iso;

import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * One payment of a credit-transfer file: its end-to-end id (at most 35 characters) travels to the creditor's
 * bank statement and comes back in the bank's return, where it finds the payment again.
 */
public record CreditTransfer(String endToEndId, Dirhams amount, String creditorName, Rib creditorAccount,
                             String remittance) {
}
