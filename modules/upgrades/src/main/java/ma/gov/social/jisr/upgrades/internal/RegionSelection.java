package ma.gov.social.jisr.upgrades.internal;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Walks a region's candidates, best first, and decides for each: chosen while the quota and the budget
 * allow; "over budget" when it would have been chosen but costs more than what is left (the next, cheaper
 * one may still fit). The plan therefore never exceeds the quota or the budget.
 */
final class RegionSelection {
    enum Decision { CHOSEN, OVER_BUDGET, NOT_REACHED }

    private final long quota;
    private Dirhams budgetLeft;
    private long chosen;
    private long overBudget;
    private Dirhams spent = Dirhams.ZERO;

    RegionSelection(long quota, Dirhams budget) {
        this.quota = quota;
        this.budgetLeft = budget;
    }

    Decision offer(Dirhams cost) {
        if (chosen >= quota) {
            return Decision.NOT_REACHED;
        }
        if (cost.compareTo(budgetLeft) > 0) {
            overBudget++;
            return Decision.OVER_BUDGET;
        }
        chosen++;
        budgetLeft = budgetLeft.minus(cost);
        spent = spent.plus(cost);
        return Decision.CHOSEN;
    }

    /** Nothing more can be chosen: the quota is full, or not even the cheapest centre fits what is left. */
    boolean done(Dirhams cheapest) {
        return chosen >= quota || budgetLeft.compareTo(cheapest) < 0;
    }

    long chosen() {
        return chosen;
    }

    long overBudget() {
        return overBudget;
    }

    Dirhams spent() {
        return spent;
    }
}
