package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;

/** Orders a chunk's payable tranches and sets the others aside, in the chunk's transaction, for its range. */
@Named
@Dependent
public class PaymentOrderWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty
    private String run;
    @Inject
    @BatchProperty
    private String part;
    @Inject
    private DisbursementSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.order(JobRun.of(run), Integer.parseInt(part), items.stream().map(Long.class::cast).toList());
    }
}
