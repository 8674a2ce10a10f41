package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A line of a project's budget: what it costs, what the association pays itself; the ministry is asked the rest. */
public record BudgetLine(String label, Dirhams total, Dirhams ownContribution) {
    public Dirhams requested() {
        return total.minus(ownContribution);
    }
}
