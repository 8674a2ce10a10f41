package ma.gov.social.jisr.upgrades.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Target (quota) vs approved vs finished, budget planned vs spent: for a region, or nationally (region null). */
public record DashboardRow(Integer year, String regionCode, long target, long approved, long finished,
                           Dirhams budgetPlanned, Dirhams spent) {
}
