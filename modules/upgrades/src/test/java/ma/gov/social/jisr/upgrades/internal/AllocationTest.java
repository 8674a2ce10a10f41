package ma.gov.social.jisr.upgrades.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationTest {
    private static Map<String, Long> regions(long... eligible) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < eligible.length; i++) {
            map.put("MA-%02d".formatted(i + 1), eligible[i]);
        }
        return map;
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void theMinimumComesFirstAndTheRestFollowsWhatEachRegionStillNeeds() {
        Map<String, Long> quotas = Allocation.quotas(100, 10, regions(500, 100, 50, 10));
        // 40 as minimums, then 60 shared by 490 / 90 / 40 / 0 of room
        assertEquals(Map.of("MA-01", 57L, "MA-02", 19L, "MA-03", 14L, "MA-04", 10L), quotas);
    }

    @Test
    void roundingNeverLosesNorInventsACentre() {
        Random random = new Random(7);
        for (int run = 0; run < 2_000; run++) {
            long[] eligible = random.longs(12, 0, 3_000).toArray();
            long target = 1 + random.nextInt(5_000);
            long minimum = random.nextInt((int) (target / 12) + 1);
            Map<String, Long> quotas = Allocation.quotas(target, minimum, regions(eligible));
            long available = 0;
            for (long e : eligible) {
                available += e;
            }
            assertEquals(Math.min(target, available), sum(quotas), "run " + run);
            int i = 0;
            for (long q : quotas.values()) {
                assertTrue(q >= 0 && q <= eligible[i], "a region never gets more than it can use");
                assertTrue(q >= Math.min(minimum, eligible[i]), "the minimum is kept where centres allow it");
                i++;
            }
        }
    }

    @Test
    void aRegionWithoutEligibleCentresGetsNothingEvenWithAMinimum() {
        Map<String, Long> quotas = Allocation.quotas(30, 5, regions(0, 40, 40));
        assertEquals(0L, quotas.get("MA-01"));
        assertEquals(30, sum(quotas));
    }

    @Test
    void budgetsFollowTheQuotasAndAddUpToTheEnvelopeToTheCent() {
        Random random = new Random(11);
        for (int run = 0; run < 2_000; run++) {
            long[] quotas = random.longs(12, 0, 400).toArray();
            long cents = random.nextLong(1, 90_000_000_000_00L);
            Map<String, Long> budgets = Allocation.budgets(cents, regions(quotas));
            if (sum(regions(quotas)) == 0) {
                assertEquals(0, sum(budgets));
            } else {
                assertEquals(cents, sum(budgets), "run " + run);
            }
        }
        assertEquals(Map.of("MA-01", 66_666_667L, "MA-02", 33_333_333L), Allocation.budgets(100_000_000L, regions(2, 1)));
    }
}
