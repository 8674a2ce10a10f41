package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * What a call for proposals says: its window in Morocco's legal time, its money, who may answer it (status
 * active, registered for {@code minYears}, a domain and a province it covers: none listed means all), the
 * documents a submission must carry, its scoring grid, the score below which no project is selected, and
 * the evaluators who score it.
 */
public record CallData(String reference, String titleAr, String titleFr, Set<FundingDomain> domains,
                       Set<String> provinces, LocalDateTime opensAt, LocalDateTime closesAt, Dirhams envelope,
                       Dirhams ceiling, int minYears, int passMark, TieRule tieRule, boolean provinceSpread,
                       Set<DocumentKind> requiredDocuments, List<Criterion> criteria, List<String> evaluators) {
    public String title(String language) {
        return "ar".equals(language) ? titleAr : titleFr;
    }
}
