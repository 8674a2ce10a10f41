package ma.gov.social.jisr.upgrades.api;

import ma.gov.social.jisr.centres.api.CentreType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

class PriorityWeightsTest {
    @Test
    void theScoreIsTheWeightedMeanOfThePartsOnAHundred() {
        PriorityParts parts = PriorityParts.of(30, 100, 10, true, false);
        // condition .70, served .50, waiting .50, rural 1, group 0
        assertEquals(0.70, parts.condition(), 1e-9);
        assertEquals(0.50, parts.served(), 1e-9);
        assertEquals(0.50, parts.waiting(), 1e-9);
        assertEquals((40 * .7 + 20 * .5 + 20 * .5 + 10 * 1 + 10 * 0) * 100 / 100, PriorityWeights.DEFAULT.score(parts), 1e-9);
    }

    @Test
    void worseConditionMoreServedLongerWaitingRuralAndPriorityGroupsEachRaiseTheScore() {
        PriorityWeights w = PriorityWeights.DEFAULT;
        double base = w.score(PriorityParts.of(60, 40, 5, false, false));
        assertTrue(w.score(PriorityParts.of(40, 40, 5, false, false)) > base);
        assertTrue(w.score(PriorityParts.of(60, 80, 5, false, false)) > base);
        assertTrue(w.score(PriorityParts.of(60, 40, 9, false, false)) > base);
        assertTrue(w.score(PriorityParts.of(60, 40, 5, true, false)) > base);
        assertTrue(w.score(PriorityParts.of(60, 40, 5, false, true)) > base);
    }

    @Test
    void largeCentresAndLongWaitsAreCappedSoThatOnePartCannotDrownTheOthers() {
        assertEquals(1.0, PriorityParts.of(50, 5_000, 80, false, false).served(), 1e-9);
        assertEquals(1.0, PriorityParts.of(50, 5_000, 80, false, false).waiting(), 1e-9);
        assertEquals(0.0, PriorityParts.of(50, null, -3, false, false).served(), 1e-9);
    }

    @Test
    void weightsAreBetweenZeroAndAHundredAndNotAllZero() {
        assertEquals("priority.weight.range", assertThrows(JisrException.class,
                () -> new PriorityWeights(101, 0, 0, 0, 0)).messageKey());
        assertEquals("priority.weight.none", assertThrows(JisrException.class,
                () -> new PriorityWeights(0, 0, 0, 0, 0)).messageKey());
        assertEquals(100.0, new PriorityWeights(0, 0, 0, 7, 0).score(PriorityParts.of(100, 0, 0, true, false)), 1e-9);
    }

    @Test
    void childrenWomenAndDisabilityCentresArePriorityGroups() {
        assertTrue(PriorityParts.priorityGroup(CentreType.CHILD_PROTECTION_CENTRE));
        assertTrue(PriorityParts.priorityGroup(CentreType.WOMEN_SHELTER));
        assertTrue(PriorityParts.priorityGroup(CentreType.DISABILITY_CARE_CENTRE));
        assertTrue(!PriorityParts.priorityGroup(CentreType.ELDERLY_DAY_CLUB));
    }
}
