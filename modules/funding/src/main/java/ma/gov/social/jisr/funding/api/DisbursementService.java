package ma.gov.social.jisr.funding.api;

import java.util.List;

/**
 * Disbursement runs for finance officers (national). Four eyes: the officer who prepares a run cannot approve
 * it; both acts, and every refusal, are in the audit log. A run can be cancelled until it starts.
 */
public interface DisbursementService {
    long prepare(RunRequest request);

    void approve(long id, long version);

    void cancel(long id, long version);

    DisbursementRun get(long id);

    /** The runs, newest first, at most {@code limit}. */
    List<DisbursementRun> runs(int limit);
}
