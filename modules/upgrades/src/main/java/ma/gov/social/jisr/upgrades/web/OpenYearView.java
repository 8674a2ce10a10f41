package ma.gov.social.jisr.upgrades.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.PriorityWeights;
import ma.gov.social.jisr.upgrades.api.ProgrammeService;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Opening a programme year, with the strategy's defaults filled in. */
@Named
@ViewScoped
public class OpenYearView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmes;

    private Integer year = LocalDate.now().getYear() + 1;
    private Integer target = ProgrammeSettings.DEFAULT_TARGET;
    private Dirhams budget;
    private Integer minPerRegion = 20;
    private Integer recentYears = ProgrammeSettings.DEFAULT_RECENT_YEARS;
    private Integer weightCondition = PriorityWeights.DEFAULT.condition();
    private Integer weightServed = PriorityWeights.DEFAULT.served();
    private Integer weightWaiting = PriorityWeights.DEFAULT.waiting();
    private Integer weightRural = PriorityWeights.DEFAULT.rural();
    private Integer weightGroup = PriorityWeights.DEFAULT.group();
    private final List<UnitCost> unitCosts;

    /** One type's estimated cost, as a row the form edits; typed, so that the money converter applies. */
    public static final class UnitCost implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CentreType type;
        private Dirhams cost;

        UnitCost(CentreType type, Dirhams cost) {
            this.type = type;
            this.cost = cost;
        }

        public CentreType getType() {
            return type;
        }

        public Dirhams getCost() {
            return cost;
        }

        public void setCost(Dirhams cost) {
            this.cost = cost;
        }
    }

    public OpenYearView() {
        // Estimates to start from: residential centres cost more to bring to standard.
        unitCosts = Arrays.stream(CentreType.values()).map(type -> new UnitCost(type,
                Dirhams.of(type.mobile() ? 350_000 : type.residential() ? 1_200_000 : 600_000))).toList();
    }

    public String open() {
        try {
            programmes.open(new ProgrammeSettings(value(year), value(target), budget, value(minPerRegion),
                    value(recentYears), new PriorityWeights(value(weightCondition), value(weightServed), value(weightWaiting),
                    value(weightRural), value(weightGroup)), costs()));
            Messages.info("programme.opened", year);
            return "/upgrades/programme?faces-redirect=true&year=" + year;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private Map<CentreType, Dirhams> costs() {
        Map<CentreType, Dirhams> costs = new EnumMap<>(CentreType.class);
        unitCosts.stream().filter(u -> u.getCost() != null).forEach(u -> costs.put(u.getType(), u.getCost()));
        return costs;
    }

    private static int value(Integer i) {
        return i == null ? -1 : i;
    }

    public List<UnitCost> getUnitCosts() {
        return unitCosts;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public Dirhams getBudget() {
        return budget;
    }

    public void setBudget(Dirhams budget) {
        this.budget = budget;
    }

    public Integer getMinPerRegion() {
        return minPerRegion;
    }

    public void setMinPerRegion(Integer minPerRegion) {
        this.minPerRegion = minPerRegion;
    }

    public Integer getRecentYears() {
        return recentYears;
    }

    public void setRecentYears(Integer recentYears) {
        this.recentYears = recentYears;
    }

    public Integer getWeightCondition() {
        return weightCondition;
    }

    public void setWeightCondition(Integer w) {
        this.weightCondition = w;
    }

    public Integer getWeightServed() {
        return weightServed;
    }

    public void setWeightServed(Integer w) {
        this.weightServed = w;
    }

    public Integer getWeightWaiting() {
        return weightWaiting;
    }

    public void setWeightWaiting(Integer w) {
        this.weightWaiting = w;
    }

    public Integer getWeightRural() {
        return weightRural;
    }

    public void setWeightRural(Integer w) {
        this.weightRural = w;
    }

    public Integer getWeightGroup() {
        return weightGroup;
    }

    public void setWeightGroup(Integer w) {
        this.weightGroup = w;
    }
}
