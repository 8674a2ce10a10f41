package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void theLastTrancheTakesTheCentimeRoundingLeft() {
        assertEquals(List.of(Dirhams.of("60000.00"), Dirhams.of("40000.01")),
                Schedule.amounts(Dirhams.of("100000.01"), List.of(60, 40)));
        assertEquals(List.of(Dirhams.of("330.00"), Dirhams.of("330.00"), Dirhams.of("340.00")),
                Schedule.amounts(Dirhams.of("1000.00"), List.of(33, 33, 34)));
        assertEquals(List.of(Dirhams.of("0.33"), Dirhams.of("0.33"), Dirhams.of("0.34")),
                Schedule.amounts(Dirhams.of("1.00"), List.of(33, 33, 34)));
        assertEquals(List.of(Dirhams.of("123.45")), Schedule.amounts(Dirhams.of("123.45"), List.of(100)));
    }

    @Test
    void anyGrantAndAnyPercentagesAddUpToTheGrantExactly() {
        Random random = new Random(20261124L);
        for (int round = 0; round < 500; round++) {
            Dirhams grant = Dirhams.ofCentimes(1 + (long) (random.nextDouble() * 100_000_000_000L));
            List<Integer> percents = randomPercents(random, 1 + random.nextInt(Schedule.MAX_TRANCHES));
            List<Dirhams> amounts = Schedule.amounts(grant, percents);
            assertEquals(percents.size(), amounts.size());
            Dirhams sum = amounts.stream().reduce(Dirhams.ZERO, Dirhams::plus);
            assertEquals(grant, sum, "round " + round + ": " + grant + " " + percents);
            for (int i = 0; i < amounts.size(); i++) {
                assertFalse(amounts.get(i).isNegative());
                Dirhams share = grant.share(percents.get(i), 100);
                if (i < amounts.size() - 1) {
                    assertEquals(share, amounts.get(i));
                } else {
                    assertTrue(amounts.get(i).compareTo(share) >= 0, "the last tranche never loses a centime");
                    assertTrue(amounts.get(i).minus(share).centimes() < amounts.size(), "rounding adds little");
                }
            }
        }
    }

    /** Cuts 1..99 into n whole percentages of at least 1 each, summing to 100. */
    private static List<Integer> randomPercents(Random random, int n) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < n - 1) {
            cuts.add(1 + random.nextInt(99));
        }
        List<Integer> percents = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            percents.add(cut - previous);
            previous = cut;
        }
        percents.add(100 - previous);
        return percents;
    }

    @Test
    void percentagesMustSumToOneHundred() {
        for (List<Integer> wrong : List.of(List.of(60, 39), List.of(60, 41), List.of(99))) {
            JisrException refused = refusal(wrong);
            assertEquals("funding.agreement.scheduleSum", refused.messageKey());
            assertArrayEquals(new Object[] {wrong.stream().mapToInt(Integer::intValue).sum()}, refused.arguments());
        }
    }

    @Test
    void everyPercentageIsAtLeastOne() {
        assertEquals("funding.agreement.schedulePercent", refusal(List.of(0, 100)).messageKey());
        assertEquals("funding.agreement.schedulePercent", refusal(List.of(-10, 110)).messageKey());
        assertEquals("funding.agreement.schedulePercent", refusal(Arrays.asList(50, null, 50)).messageKey());
    }

    @Test
    void betweenOneAndSixTranches() {
        Schedule.amounts(Dirhams.of(600), List.of(10, 10, 20, 20, 20, 20));
        for (List<Integer> wrong : Arrays.asList(List.of(10, 10, 20, 20, 20, 10, 10), List.<Integer>of(), null)) {
            JisrException refused = refusal(wrong);
            assertEquals("funding.agreement.scheduleSize", refused.messageKey());
            assertArrayEquals(new Object[] {6}, refused.arguments());
        }
    }

    private static JisrException refusal(List<Integer> percents) {
        return assertThrows(JisrException.class, () -> Schedule.amounts(Dirhams.of("1000.00"), percents));
    }
}
