package ma.gov.social.jisr.centres.api;

/** A centre's condition from the overall score of its latest inspection. */
public enum Condition {
    GOOD(70, 100), FAIR(50, 69), POOR(0, 49), NOT_INSPECTED(-1, -1);

    private final int lowest;
    private final int highest;

    Condition(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public static Condition of(Integer overallScore) {
        if (overallScore == null) {
            return NOT_INSPECTED;
        }
        return overallScore >= GOOD.lowest ? GOOD : overallScore >= FAIR.lowest ? FAIR : POOR;
    }
}
