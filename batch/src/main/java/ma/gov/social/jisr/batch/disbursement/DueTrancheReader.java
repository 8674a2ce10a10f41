package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;

/**
 * Reads one range of the run's selection by tranche id, a page at a time. It starts where the range's own
 * checkpoint said when the partitions were planned (kept with the payment orders, in their transaction), not
 * where the batch repository says: after a crash the two may differ, and only the first is sure.
 */
@Named
@Dependent
public class DueTrancheReader extends AbstractItemReader {
    private static final int PAGE = 1000;

    @Inject
    @BatchProperty
    private String run;
    @Inject
    @BatchProperty
    private String after;
    @Inject
    @BatchProperty
    private String upto;

    @Inject
    private DisbursementSteps steps;

    private long last;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        // a checkpoint of this execution (a chunk retried after a deadlock) is committed with the orders; a new
        // execution (a restart) starts from the range's checkpoint in the database, given as "after"
        last = checkpoint instanceof Long committed ? committed : Long.parseLong(after);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(steps.due(JobRun.of(run), last, Long.parseLong(upto), PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        Long next = page.poll();
        last = next;
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
