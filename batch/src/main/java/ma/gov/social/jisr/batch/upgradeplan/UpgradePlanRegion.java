package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;

/** Step "plan", one partition: a region's part of the draft. */
@Named
@Dependent
public class UpgradePlanRegion extends AbstractBatchlet {
    @Inject
    @BatchProperty
    private String year;
    @Inject
    @BatchProperty
    private String region;
    @Inject
    private PlanningSteps steps;

    @Override
    public String process() {
        steps.planRegion(JobYear.of(year), region);
        return "PLANNED";
    }
}
