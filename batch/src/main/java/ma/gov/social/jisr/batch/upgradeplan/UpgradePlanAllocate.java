package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;

/** Step "allocate": quotas and budgets per region, and an empty draft. */
@Named
@Dependent
public class UpgradePlanAllocate extends AbstractBatchlet {
    @Inject
    @BatchProperty
    private String year;
    @Inject
    private PlanningSteps steps;

    @Override
    public String process() {
        steps.allocate(JobYear.of(year));
        return "ALLOCATED";
    }
}
