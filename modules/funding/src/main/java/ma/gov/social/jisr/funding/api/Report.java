package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;

/** The proof of use of a tranche: narrative, expenses, receipts, and its review. */
public record Report(long id, long version, long trancheId, int trancheNumber, long agreementId,
                     String agreementReference, String associationName, String narrative, LocalDate receivedOn,
                     String status, String reviewNote, String createdBy, String reviewedBy, List<Expense> expenses,
                     List<BudgetLine> budget, List<FileInfo> receipts) {
}
