package ma.gov.social.jisr.upgrades.api;

import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * One region's share of a programme year and the planning job's report on it: its centres and why some
 * could not be chosen, its quota and budget, then what the plan holds (chosen, budget used, centres that
 * would have been chosen but did not fit the budget), and whether the coordinator submitted it.
 */
public record RegionPlan(String regionCode, long centres, long eligible, long notInspected, long recentlyUpgraded,
                         long notOpen, int quota, Dirhams budget, Integer chosen, Dirhams budgetUsed,
                         Integer overBudget, LocalDateTime submittedAt, String submittedBy) {
    public boolean submitted() {
        return submittedAt != null;
    }

    /** Eligible centres the plan did not reach: lower priority than the quota allowed. */
    public long notReached() {
        return Math.max(0, eligible - (chosen == null ? 0 : chosen) - (overBudget == null ? 0 : overBudget));
    }
}
