package ma.gov.social.jisr.upgrades.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class RegionSelectionTest {
    private static Dirhams c(long centimes) {
        return Dirhams.ofCentimes(centimes);
    }

    @Test
    void aCentreTooCostlyForWhatIsLeftIsSkippedAndACheaperOneStillFits() {
        RegionSelection s = new RegionSelection(3, c(1_000));
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(c(600)));
        assertEquals(RegionSelection.Decision.OVER_BUDGET, s.offer(c(600)));
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(c(300)));
        assertEquals(RegionSelection.Decision.CHOSEN, s.offer(c(100)));
        assertEquals(RegionSelection.Decision.NOT_REACHED, s.offer(c(1)));
        assertEquals(3, s.chosen());
        assertEquals(c(1_000), s.spent());
        assertEquals(1, s.overBudget());
    }

    @Test
    void neitherTheQuotaNorTheBudgetIsEverExceeded() {
        Random random = new Random(3);
        for (int run = 0; run < 1_000; run++) {
            long quota = random.nextInt(50);
            Dirhams budget = c(random.nextLong(1, 10_000_000));
            RegionSelection s = new RegionSelection(quota, budget);
            for (int i = 0; i < 200 && !s.done(c(10_000)); i++) {
                s.offer(c(random.nextLong(10_000, 500_000)));
            }
            assertTrue(s.chosen() <= quota);
            assertTrue(s.spent().compareTo(budget) <= 0);
        }
    }

    @Test
    void doneWhenNotEvenTheCheapestCentreFits() {
        RegionSelection s = new RegionSelection(10, c(500));
        s.offer(c(400));
        assertTrue(s.done(c(200)));
    }
}
