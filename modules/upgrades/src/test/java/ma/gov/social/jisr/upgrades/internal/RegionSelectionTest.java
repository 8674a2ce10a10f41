package ma.gov.social.jisr.upgrades.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionSelectionTest {
    @Test
    void aCentreTooCostlyForWhatIsLeftIsSkippedAndACheaperOneStillFits() {
        RegionSelection s = new RegionSelection(3, 1_000);
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(600));
        assertEquals(RegionSelection.Decision.OVER_BUDGET, s.offer(600));
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(300));
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(100));
        assertEquals(RegionSelection.Decision.NOT_REACHED, s.offer(1));
        assertEquals(3, s.chosen());
        assertEquals(1_000, s.spentCents());
        assertEquals(1, s.overBudget());
    }

    @Test
    void neitherTheQuotaNorTheBudgetIsEverExceeded() {
        Random random = new Random(3);
        for (int run = 0; run < 1_000; run++) {
            long quota = random.nextInt(50);
            long budget = random.nextLong(1, 10_000_000);
            RegionSelection s = new RegionSelection(quota, budget);
            for (int i = 0; i < 200 && !s.done(10_000); i++) {
                s.offer(random.nextLong(10_000, 500_000));
            }
            assertTrue(s.chosen() <= quota);
            assertTrue(s.spentCents() <= budget);
        }
    }

    @Test
    void doneWhenNotEvenTheCheapestCentreFits() {
        RegionSelection s = new RegionSelection(10, 500);
        s.offer(400);
        assertTrue(s.done(200));
    }
}
