package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;

/**
 * Reads the run's due tranches by id, a page at a time. It starts where the run's own checkpoint says (kept
 * with the payment orders, in their transaction), not where the batch repository says: after a crash the
 * two may differ, and only the first is sure.
 */
@Named
@Dependent
public class DueTrancheReader extends AbstractItemReader {
    private static final int PAGE = 1000;

    @Inject
    @BatchProperty
    private String run;
    @Inject
    private JobContext job;
    @Inject
    private DisbursementSteps steps;

    private long after;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        after = steps.begin(JobRun.of(run), job.getExecutionId());
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(steps.due(JobRun.of(run), after, PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        Long next = page.poll();
        after = next;
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
