package ma.gov.social.jisr.upgrades.internal;

/**
 * Walks a region's candidates, best first, and decides for each: chosen while the quota and the budget
 * allow; "over budget" when it would have been chosen but costs more than what is left (the next, cheaper
 * one may still fit). The plan therefore never exceeds the quota or the budget.
 */
final class RegionSelection {
    enum Decision { CHOSEN, OVER_BUDGET, NOT_REACHED }

    private final long quota;
    private long budgetLeft;
    private long chosen;
    private long overBudget;
    private long spent;

    RegionSelection(long quota, long budgetCents) {
        this.quota = quota;
        this.budgetLeft = budgetCents;
    }

    Decision offer(long costCents) {
        if (chosen >= quota) {
            return Decision.NOT_REACHED;
        }
        if (costCents > budgetLeft) {
            overBudget++;
            return Decision.OVER_BUDGET;
        }
        chosen++;
        budgetLeft -= costCents;
        spent += costCents;
        return Decision.CHOSEN;
    }

    /** Nothing more can be chosen: the quota is full, or not even the cheapest centre fits what is left. */
    boolean done(long cheapestCents) {
        return chosen >= quota || budgetLeft < cheapestCents;
    }

    long chosen() {
        return chosen;
    }

    long overBudget() {
        return overBudget;
    }

    long spentCents() {
        return spent;
    }
}
