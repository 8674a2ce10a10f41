package ma.gov.social.jisr.batch.upgradeplan;

/** The programme year the job works on: its "year" parameter, given to each artifact as a batch property. */
final class JobYear {
    private JobYear() {
    }

    static int of(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new IllegalArgumentException("the job parameter 'year' must be a year, not " + year);
        }
        return Integer.parseInt(year);
    }
}
