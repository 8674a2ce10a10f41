package ma.gov.social.jisr.funding.api;

/** A line of a call's scoring grid: an evaluator gives it 0 to {@code weight} points; the weights sum to 100. */
public record Criterion(String labelAr, String labelFr, int weight) {
    public String label(String language) {
        return "ar".equals(language) ? labelAr : labelFr;
    }
}
