package ma.gov.social.jisr.upgrades.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.PriorityWeights;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {
    private static final int NOW = 2026;

    private static Map<CentreType, Dirhams> costs(long each) {
        Map<CentreType, Dirhams> costs = new EnumMap<>(CentreType.class);
        for (CentreType t : CentreType.values()) {
            costs.put(t, Dirhams.of(each));
        }
        return costs;
    }

    private static ProgrammeSettings settings(int target, long budget, int minimum, Map<CentreType, Dirhams> costs) {
        return new ProgrammeSettings(2027, target, Dirhams.of(budget), minimum, 5, PriorityWeights.DEFAULT, costs);
    }

    private static String refusal(ProgrammeSettings s) {
        return assertThrows(JisrException.class, () -> ProgrammeRules.check(s, NOW, 12)).messageKey();
    }

    @Test
    void theStrategysYearIsAccepted() {
        assertDoesNotThrow(() -> ProgrammeRules.check(settings(1000, 600_000_000, 20, costs(500_000)), NOW, 12));
    }

    @Test
    void aMinimumThatTwelveRegionsCannotShareIsRefused() {
        assertEquals("programme.minimum.tooHigh", refusal(settings(1000, 600_000_000, 84, costs(500_000))));
        assertDoesNotThrow(() -> ProgrammeRules.check(settings(1008, 600_000_000, 84, costs(500_000)), NOW, 12));
    }

    @Test
    void aBudgetTooSmallForTheTargetIsRefused() {
        assertEquals("programme.budget.tooSmall", refusal(settings(1000, 499_999_999, 20, costs(500_000))));
    }

    @Test
    void everyTypeNeedsAPositiveUnitCost() {
        Map<CentreType, Dirhams> costs = costs(500_000);
        costs.remove(CentreType.MOBILE_SOCIAL_UNIT);
        assertEquals("programme.unitCost.invalid", refusal(settings(1000, 600_000_000, 20, costs)));
        costs.put(CentreType.MOBILE_SOCIAL_UNIT, Dirhams.ZERO);
        assertEquals("programme.unitCost.invalid", refusal(settings(1000, 600_000_000, 20, costs)));
    }

    @Test
    void yearsOutsideTheWindowAndEmptyTargetsAreRefused() {
        assertEquals("programme.year.range", refusal(new ProgrammeSettings(2040, 1000, Dirhams.of(600_000_000),
                20, 5, PriorityWeights.DEFAULT, costs(500_000))));
        assertEquals("programme.target.range", refusal(settings(0, 600_000_000, 0, costs(500_000))));
    }
}
