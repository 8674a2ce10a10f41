package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Reports on the use of paid tranches. The next tranche is not due until the report on the one before is
 * approved; a report can be returned for correction; the person who entered a report does not approve it.
 */
public interface ProofOfUseService {
    long submit(long trancheId, String narrative, LocalDate receivedOn, List<Expense> expenses, List<NewFile> receipts);

    /** Corrects a returned report: it is submitted again. */
    void correct(long reportId, long version, String narrative, List<Expense> expenses, List<NewFile> receipts);

    void approve(long reportId, long version, String note);

    void returnForCorrection(long reportId, long version, String note);

    Report get(long reportId);

    /** Reports waiting for review in the caller's territory, oldest first. */
    List<Report> toReview(int limit);
}
