package ma.gov.social.jisr.upgrades.internal;

import java.util.Comparator;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

/** Settings that cannot give a plan are refused when the year is opened, each with its own message. */
final class ProgrammeRules {
    static final int MAX_TARGET = 100_000;
    static final int MAX_RECENT_YEARS = 30;

    private ProgrammeRules() {
    }

    static void check(ProgrammeSettings s, int currentYear, int regions) {
        if (s.year() < currentYear - 1 || s.year() > currentYear + 5) {
            throw new JisrException("programme.year.range", currentYear - 1, currentYear + 5);
        }
        if (s.target() < 1 || s.target() > MAX_TARGET) {
            throw new JisrException("programme.target.range", MAX_TARGET);
        }
        if (s.minPerRegion() < 0 || (long) s.minPerRegion() * regions > s.target()) {
            throw new JisrException("programme.minimum.tooHigh", s.minPerRegion(), regions,
                    (long) s.minPerRegion() * regions, s.target());
        }
        if (s.recentYears() < 0 || s.recentYears() > MAX_RECENT_YEARS) {
            throw new JisrException("programme.recentYears.range", MAX_RECENT_YEARS);
        }
        if (s.weights() == null) {
            throw new JisrException("priority.weight.none");
        }
        Map<CentreType, Dirhams> costs = s.unitCosts();
        for (CentreType type : CentreType.values()) {
            Dirhams cost = costs == null ? null : costs.get(type);
            if (cost == null || cost.isNegative() || cost.isZero()) {
                throw new JisrException("programme.unitCost.invalid", type.name());
            }
        }
        if (s.budget() == null || s.budget().isNegative() || s.budget().isZero()) {
            throw new JisrException("programme.budget.invalid");
        }
        Dirhams cheapest = costs.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        Dirhams needed = cheapest.times(s.target());
        if (s.budget().compareTo(needed) < 0) {
            throw new JisrException("programme.budget.tooSmall", s.target(), cheapest, needed);
        }
    }
}
