package ma.gov.social.jisr.upgrades.api;

import java.math.BigDecimal;

/** Target (quota) vs approved vs finished, budget planned vs spent: for a region, or nationally (region null). */
public record DashboardRow(Integer year, String regionCode, long target, long approved, long finished,
                           BigDecimal budgetPlanned, BigDecimal spent) {
}
