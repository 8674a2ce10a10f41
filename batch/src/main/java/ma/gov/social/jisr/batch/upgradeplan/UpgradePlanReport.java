package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;

/** Step "report": the draft is ready; the report itself is the regions' rows the plan step filled in. */
@Named
@Dependent
public class UpgradePlanReport extends AbstractBatchlet {
    @Inject
    private JobContext job;
    @Inject
    @BatchProperty
    private String year;
    @Inject
    private PlanningSteps steps;

    @Override
    public String process() {
        steps.finish(JobYear.of(year), job.getExecutionId());
        return "DRAFTED";
    }
}
