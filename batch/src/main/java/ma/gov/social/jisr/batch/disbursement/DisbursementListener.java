package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;

/** An execution that ends without its file leaves the run FAILED, for a finance officer to restart. */
@Named
@Dependent
public class DisbursementListener extends AbstractJobListener {
    @Inject
    @BatchProperty
    private String run;
    @Inject
    private JobContext job;
    @Inject
    private DisbursementSteps steps;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() != BatchStatus.COMPLETED) {
            steps.failed(JobRun.of(run), job.getExecutionId());
        }
    }
}
