package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import ma.gov.social.jisr.upgrades.api.batch.PlanningSteps;

/** One partition per region; two threads, as the servers have two cores and MariaDB shares them. */
@Named
@Dependent
public class UpgradePlanRegions implements PartitionMapper {
    private static final int THREADS = 2;

    @Inject
    @BatchProperty
    private String year;
    @Inject
    private PlanningSteps steps;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> regions = steps.regions(JobYear.of(year));
        Properties[] properties = new Properties[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("region", regions.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(regions.size());
        plan.setThreads(Math.max(1, Math.min(THREADS, regions.size())));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
