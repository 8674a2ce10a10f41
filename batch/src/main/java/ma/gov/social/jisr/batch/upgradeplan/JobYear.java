package ma.gov.social.jisr.batch.upgradeplan;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** The programme year the job works on, from its "year" parameter. */
final class JobYear {
    private JobYear() {
    }

    static int of(JobContext job) {
        String year = BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty("year");
        if (year == null || !year.matches("\\d{4}")) {
            throw new IllegalArgumentException("the job parameter 'year' must be a year, not " + year);
        }
        return Integer.parseInt(year);
    }
}
