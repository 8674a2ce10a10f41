package ma.gov.social.jisr.batch.disbursement;

/** The disbursement run the job works on: its "run" parameter, given to each artifact as a batch property. */
final class JobRun {
    private JobRun() {
    }

    static long of(String run) {
        if (run == null || !run.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("the job parameter 'run' must be a run id, not " + run);
        }
        return Long.parseLong(run);
    }
}
