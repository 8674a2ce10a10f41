package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps.Range;

/**
 * One partition per range of the run's selection, all at once: the ranges (two by default, for two cores) are
 * cut when the run first starts and kept, each resuming from its own checkpoint after a crash.
 */
@Named
@Dependent
public class DueTrancheRanges implements PartitionMapper {
    @Inject
    @BatchProperty
    private String run;
    @Inject
    private JobContext job;
    @Inject
    private DisbursementSteps steps;

    @Override
    public PartitionPlan mapPartitions() {
        List<Range> ranges = steps.begin(JobRun.of(run), job.getExecutionId());
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("part", Integer.toString(ranges.get(i).part()));
            properties[i].setProperty("after", Long.toString(ranges.get(i).after()));
            properties[i].setProperty("upto", Long.toString(ranges.get(i).upto()));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionProperties(properties);
        return plan;
    }
}
