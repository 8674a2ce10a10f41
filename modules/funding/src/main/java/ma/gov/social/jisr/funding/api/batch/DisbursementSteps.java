package ma.gov.social.jisr.funding.api.batch;

import java.util.List;

/**
 * The steps of the funding-disbursement job, for its batch artifacts. Each is safe to run again after a
 * crash: the run keeps its own checkpoint (the last tranche read) in the same transaction as the payment
 * orders of each chunk, a tranche is claimed by a conditional update, and the database refuses a second live
 * payment order of a tranche; the file is written again from the orders, to the same bytes.
 */
public interface DisbursementSteps {
    /**
     * Checks that the run is STARTED, selects its due tranches the first time (a restart keeps the first list),
     * and says where reading resumes.
     */
    long begin(long runId, long execution);

    /** The ids of the tranches the run selected, after {@code afterId}, in order, at most {@code limit}. */
    List<Long> due(long runId, long afterId, int limit);

    /**
     * Orders the tranches of a chunk that are payable now (read again, locked) and sets the others aside with
     * their reasons, in one transaction with the run's checkpoint.
     */
    void order(long runId, List<Long> trancheIds);

    /** Writes the run's ISO 20022 file from its payment orders, checks it against the schema, records its digest. */
    void writeFile(long runId);

    /** The execution ended without completing the run (failed or stopped): the run can be restarted. */
    void failed(long runId, long execution);
}
