package ma.gov.social.jisr.batch.disbursement;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.gov.social.jisr.funding.api.batch.DisbursementSteps;

/** Step "file": the run's ISO 20022 credit-transfer file, written whole from its payment orders. */
@Named
@Dependent
public class CreditTransferFileStep extends AbstractBatchlet {
    @Inject
    @BatchProperty
    private String run;
    @Inject
    private DisbursementSteps steps;

    @Override
    public String process() {
        steps.writeFile(JobRun.of(run));
        return "WRITTEN";
    }
}
