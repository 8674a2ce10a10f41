package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A budget line as it is being typed; what the ministry is asked shows as soon as both amounts are there. */
public class BudgetRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String label;
    private Dirhams cost;
    private Dirhams ownContribution;

    /** Null until both amounts are typed: a half-typed line asks nothing yet. */
    public Dirhams getRequested() {
        return cost == null || ownContribution == null ? null : cost.minus(ownContribution);
    }

    /** Blank amounts go to the service as they are, which names the faulty line in the user's language. */
    BudgetLine line() {
        return new BudgetLine(label, cost, ownContribution);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Dirhams getCost() {
        return cost;
    }

    public void setCost(Dirhams cost) {
        this.cost = cost;
    }

    public Dirhams getOwnContribution() {
        return ownContribution;
    }

    public void setOwnContribution(Dirhams ownContribution) {
        this.ownContribution = ownContribution;
    }
}
