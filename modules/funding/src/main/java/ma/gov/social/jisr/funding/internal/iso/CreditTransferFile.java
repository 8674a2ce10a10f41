package ma.gov.social.jisr.funding.internal.iso;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * What a credit-transfer file says, fixed before it is written: the same content gives the same bytes, so
 * that a run finished after a crash writes exactly the file an uninterrupted run writes. Nothing here is read
 * from the clock.
 *
 * @param messageId  the file's identity for the bank (at most 35 characters)
 * @param createdAt  when the run was approved, the file's creation time
 * @param valueDate  the day the transfers are asked for
 * @param blocks     one block of transfers per payment information (one debit of the debtor's account each)
 */
public record CreditTransferFile(String messageId, LocalDateTime createdAt, LocalDate valueDate, Debtor debtor,
                                 List<Block> blocks) {
    /** The ministry: its name, its treasury account and the bank that holds it (BIC). */
    public record Debtor(String name, Rib account, String bic) {
    }

    /** Transfers debited together; {@code id} names the block in the bank's report (at most 35 characters). */
    public record Block(String id, List<Transfer> transfers) {
    }

    /** One payment: its end-to-end id travels to the association's bank statement and back in the bank's return. */
    public record Transfer(String endToEndId, Dirhams amount, String creditorName, Rib creditorAccount,
                           String remittance) {
    }
}
