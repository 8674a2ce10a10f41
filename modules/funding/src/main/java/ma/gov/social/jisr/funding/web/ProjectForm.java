package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A submission as it is being typed from the paper file. The amount requested follows the budget lines
 * until the user types another one, which is then left as typed: the service says if it does not match.
 */
public class ProjectForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private FundingDomain domain;
    private FundingDomain[] components = {};
    private final Map<TargetCategory, Integer> targets = new EnumMap<>(TargetCategory.class);
    private Integer durationMonths;
    private LocalDateTime receivedAt;
    private final List<BudgetRow> lines = new ArrayList<>(List.of(new BudgetRow()));
    private Dirhams amountRequested;
    /** What the lines asked when the amount was last filled in for the user. */
    private Dirhams computed;

    ProjectData data(long callId, long associationId) {
        Map<TargetCategory, Integer> counted = new EnumMap<>(TargetCategory.class);
        targets.forEach((category, people) -> {
            if (people != null) {
                counted.put(category, people);
            }
        });
        return new ProjectData(callId, associationId, title, domain,
                components.length == 0 ? EnumSet.noneOf(FundingDomain.class) : EnumSet.copyOf(Arrays.asList(components)),
                counted, durationMonths == null ? 0 : durationMonths, receivedAt,
                lines.stream().map(BudgetRow::line).toList(), amountRequested);
    }

    /** After a line changed: the amount follows the lines unless the user typed an amount of their own. */
    void linesChanged() {
        Dirhams now = getTotalRequested();
        if (amountRequested == null || Objects.equals(amountRequested, computed)) {
            amountRequested = now;
        }
        computed = now;
    }

    public Dirhams getTotalCost() {
        return sum(BudgetRow::getCost);
    }

    public Dirhams getTotalOwn() {
        return sum(BudgetRow::getOwnContribution);
    }

    public Dirhams getTotalRequested() {
        return sum(BudgetRow::getRequested);
    }

    private Dirhams sum(Function<BudgetRow, Dirhams> part) {
        return lines.stream().map(part).filter(Objects::nonNull).reduce(Dirhams.ZERO, Dirhams::plus);
    }

    public List<BudgetRow> getLines() {
        return lines;
    }

    public Map<TargetCategory, Integer> getTargets() {
        return targets;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public FundingDomain getDomain() {
        return domain;
    }

    public void setDomain(FundingDomain domain) {
        this.domain = domain;
    }

    public FundingDomain[] getComponents() {
        return components;
    }

    public void setComponents(FundingDomain[] components) {
        this.components = components == null ? new FundingDomain[0] : components;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Dirhams getAmountRequested() {
        return amountRequested;
    }

    public void setAmountRequested(Dirhams amountRequested) {
        this.amountRequested = amountRequested;
    }
}
