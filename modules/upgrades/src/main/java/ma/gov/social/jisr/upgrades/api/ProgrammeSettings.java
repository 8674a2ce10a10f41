package ma.gov.social.jisr.upgrades.api;

import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * What an administrator decides when opening a programme year: how many centres, within which budget, the
 * minimum per region, how recent an upgrade must be to exclude a centre, the priority weights, and the
 * estimated cost of upgrading one centre of each type.
 */
public record ProgrammeSettings(int year, int target, Dirhams budget, int minPerRegion, int recentYears,
                                PriorityWeights weights, Map<CentreType, Dirhams> unitCosts) {
    public static final int DEFAULT_TARGET = 1000;
    public static final int DEFAULT_RECENT_YEARS = 5;

    public Dirhams unitCost(CentreType type) {
        return unitCosts.get(type);
    }
}
