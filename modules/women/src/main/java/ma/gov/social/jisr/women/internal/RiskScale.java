package ma.gov.social.jisr.women.internal;

import java.util.Set;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;

/**
 * The checklist's level: any red flag is immediate danger, whatever else; otherwise the weighted score
 * decides (thresholds chosen so that two heavy answers already make a high risk).
 */
public final class RiskScale {
    static final int HIGH_FROM = 7;
    static final int MEDIUM_FROM = 3;

    private RiskScale() {
    }

    public static int score(Set<RiskQuestion> yes) {
        return yes.stream().mapToInt(RiskQuestion::weight).sum();
    }

    public static RiskLevel level(Set<RiskQuestion> yes) {
        if (yes.stream().anyMatch(RiskQuestion::redFlag)) {
            return RiskLevel.IMMEDIATE_DANGER;
        }
        int score = score(yes);
        return score >= HIGH_FROM ? RiskLevel.HIGH : score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
