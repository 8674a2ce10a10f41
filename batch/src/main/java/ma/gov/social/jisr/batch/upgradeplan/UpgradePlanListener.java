package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;

/** Gives up the run's lease the moment the job ends here, however it ends. */
@Named
@Dependent
public class UpgradePlanListener extends AbstractJobListener {
    @Inject
    private JobContext job;
    @Inject
    private PlanningSteps steps;

    @Override
    public void afterJob() {
        steps.ended(job.getExecutionId());
    }
}
