package ma.gov.social.jisr.funding.api.batch;

import java.util.List;

/**
 * The steps of the funding-disbursement job, for its batch artifacts. Each is safe to run again after a
 * crash: each range of the run's selection keeps its own checkpoint (the last tranche read) in the same
 * transaction as the payment orders of each chunk, a tranche is claimed by a conditional update, and the
 * database refuses a second live payment order of a tranche; the file is written again from the orders, to the
 * same bytes.
 */
public interface DisbursementSteps {
    /** A range of the run's selection, read by one partition: tranche ids after {@code after}, up to {@code upto}. */
    record Range(int part, long after, long upto) {
    }

    /**
     * Checks that the run is STARTED, selects its due tranches and splits them into ranges the first time (a
     * restart keeps both), and answers each range from where its reading resumes.
     */
    List<Range> begin(long runId, long execution);

    /** The ids of the tranches the run selected after {@code afterId} up to {@code uptoId}, in order, at most {@code limit}. */
    List<Long> due(long runId, long afterId, long uptoId, int limit);

    /**
     * Orders the tranches of a chunk of range {@code part} that are payable now (read again, locked) and sets the
     * others aside with their reasons, in one transaction with the range's checkpoint and counts.
     */
    void order(long runId, int part, List<Long> trancheIds);

    /** Writes the run's ISO 20022 file from its payment orders, checks it against the schema, records its digest. */
    void writeFile(long runId);

    /** The execution ended without completing the run (failed or stopped): the run can be restarted. */
    void failed(long runId, long execution);
}
