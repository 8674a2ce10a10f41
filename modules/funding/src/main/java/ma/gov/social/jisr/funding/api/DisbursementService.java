package ma.gov.social.jisr.funding.api;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Disbursement runs for finance officers (national). Four eyes: the officer who prepares a run cannot approve
 * it; both acts, and every refusal, are in the audit log. A run can be cancelled until it starts.
 */
public interface DisbursementService {
    long prepare(RunRequest request);

    void approve(long id, long version);

    void cancel(long id, long version);

    /**
     * Starts the job of an approved run; restarts a run that failed, or that its server lost while running
     * (killed, crashed): the job resumes where the run's own checkpoint says.
     */
    void start(long id, long version);

    /**
     * The run's file goes to the bank: its tranches become paid on the value date, under their end-to-end ids.
     * From then on nothing in the run changes but the bank's answer on each payment.
     */
    void release(long id, long version);

    /** Sends the run's credit-transfer file, checked against its recorded digest (written again if missing). Audited. */
    void file(long id, OutputStream out);

    /** The run's payments and total for signature, as a PDF or a spreadsheet, in {@code locale}. Audited. */
    void summary(long id, FundingTotals.Format format, Locale locale, OutputStream out);

    DisbursementRun get(long id);

    /** The runs, newest first, at most {@code limit}. */
    List<DisbursementRun> runs(int limit);

    /** The run's payment orders, by tranche, after {@code afterTrancheId} (keyset). */
    List<RunLine> orders(long id, long afterTrancheId, int limit);

    /** The due tranches the run set aside, with their reasons, after {@code afterTrancheId} (keyset). */
    List<RunLine> refusals(long id, long afterTrancheId, int limit);
}
