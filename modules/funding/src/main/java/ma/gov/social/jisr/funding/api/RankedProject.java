package ma.gov.social.jisr.funding.api;

import java.math.BigDecimal;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A line of the committee's ranking: the average of the evaluators' totals, the spread between the highest
 * and the lowest, how many scored it, whether the rules propose it, and the committee's override if any.
 */
public record RankedProject(long projectId, String reference, String title, String associationName,
                            String provinceCode, Dirhams amountRequested, BigDecimal average, int spread,
                            int evaluations, int rank, boolean proposed, Boolean override, String justification,
                            Rejection rejection) {
    /** In the selection: the committee's word if it gave one, otherwise the proposal. */
    public boolean selected() {
        return override != null ? override : proposed;
    }
}
