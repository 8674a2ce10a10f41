package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ma.gov.social.jisr.funding.api.Rejection;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.funding.internal.Selection.Candidate;
import ma.gov.social.jisr.funding.internal.Selection.Outcome;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 10, 9, 0);

    private static Candidate c(long id, String province, long amount, Integer... totals) {
        return new Candidate(id, province, Dirhams.of(amount), List.of(totals), DAY.plusMinutes(id));
    }

    private static List<Outcome> propose(Dirhams envelope, int passMark, TieRule tie, boolean spread,
                                         Candidate... candidates) {
        return Selection.propose(List.of(candidates), envelope, passMark, tie, spread);
    }

    private static List<Long> proposed(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::proposed).map(o -> o.candidate().projectId()).toList();
    }

    private static List<Long> ranking(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.candidate().projectId()).toList();
    }

    @Test
    void theBestAreTakenWhileTheEnvelopeLasts() {
        List<Outcome> out = propose(Dirhams.of(1000), 50, TieRule.EARLIER_RECEIVED, false,
                c(3, "MA-RAB", 400, 70), c(1, "MA-RAB", 400, 90), c(2, "MA-RAB", 400, 80));
        assertEquals(List.of(1L, 2L, 3L), ranking(out));
        assertEquals(List.of(1, 2, 3), out.stream().map(Outcome::rank).toList());
        assertEquals(List.of(1L, 2L), proposed(out));
        assertEquals(Rejection.ENVELOPE_USED, out.get(2).rejection());
        assertNull(out.get(0).rejection());
    }

    @Test
    void oneThatDoesNotFitIsPassedOverForASmallerOneBelow() {
        List<Outcome> out = propose(Dirhams.of(1000), 50, TieRule.EARLIER_RECEIVED, false,
                c(1, "MA-RAB", 600, 90), c(2, "MA-RAB", 500, 85), c(3, "MA-RAB", 400, 80), c(4, "MA-RAB", 1, 75));
        assertEquals(List.of(1L, 3L), proposed(out));
        assertEquals(Rejection.ENVELOPE_USED, out.get(1).rejection());
        assertEquals(Rejection.ENVELOPE_USED, out.get(3).rejection());
    }

    @Test
    void belowThePassMarkIsNeverTakenEvenWithMoneyLeft() {
        List<Outcome> out = propose(Dirhams.of(1_000_000), 60, TieRule.EARLIER_RECEIVED, false,
                c(1, "MA-RAB", 100, 60, 60), c(2, "MA-RAB", 100, 59, 60), c(3, "MA-RAB", 100, 10));
        assertEquals(List.of(1L), proposed(out));
        assertEquals(Rejection.BELOW_PASS_MARK, out.get(1).rejection());
        assertEquals(Rejection.BELOW_PASS_MARK, out.get(2).rejection());
        List<Outcome> tight = propose(Dirhams.of(150), 60, TieRule.EARLIER_RECEIVED, false,
                c(1, "MA-RAB", 100, 80), c(2, "MA-RAB", 100, 70), c(3, "MA-RAB", 10, 50));
        assertEquals(List.of(Rejection.ENVELOPE_USED, Rejection.BELOW_PASS_MARK),
                List.of(tight.get(1).rejection(), tight.get(2).rejection()));
    }

    @Test
    void theCallsTieRuleOrdersEqualAverages() {
        Candidate earlierButDearer = new Candidate(1, "MA-RAB", Dirhams.of("500.00"), List.of(70, 80),
                DAY);
        Candidate laterButCheaper = new Candidate(2, "MA-RAB", Dirhams.of("499.99"), List.of(75, 75),
                DAY.plusSeconds(1));
        List<Outcome> byTime = propose(Dirhams.of(600), 50, TieRule.EARLIER_RECEIVED, false,
                laterButCheaper, earlierButDearer);
        assertEquals(List.of(1L, 2L), ranking(byTime));
        assertEquals(List.of(1L), proposed(byTime));
        List<Outcome> byAmount = propose(Dirhams.of(600), 50, TieRule.SMALLER_AMOUNT, false,
                earlierButDearer, laterButCheaper);
        assertEquals(List.of(2L, 1L), ranking(byAmount));
        assertEquals(List.of(2L), proposed(byAmount));
    }

    @Test
    void completeTiesFallBackOnTheIdSoTheOrderNeverDependsOnChance() {
        Candidate a = new Candidate(7, "MA-RAB", Dirhams.of(100), List.of(80), DAY);
        Candidate b = new Candidate(3, "MA-RAB", Dirhams.of(100), List.of(80), DAY);
        assertEquals(List.of(3L, 7L), ranking(propose(Dirhams.of(100), 50, TieRule.SMALLER_AMOUNT, false, a, b)));
        assertEquals(List.of(3L, 7L), ranking(propose(Dirhams.of(100), 50, TieRule.EARLIER_RECEIVED, false, b, a)));
    }

    @Test
    void aFairSpreadTakesTheBestOfEachProvinceFirst() {
        Candidate[] field = {c(1, "MA-RAB", 600, 95), c(2, "MA-RAB", 400, 90), c(3, "MA-CAS", 400, 80),
            c(4, "MA-CAS", 300, 70)};
        List<Outcome> plain = propose(Dirhams.of(1000), 50, TieRule.EARLIER_RECEIVED, false, field);
        assertEquals(List.of(1L, 2L), proposed(plain));
        List<Outcome> fair = propose(Dirhams.of(1000), 50, TieRule.EARLIER_RECEIVED, true, field);
        assertEquals(List.of(1L, 3L), proposed(fair));
        assertEquals(List.of(1L, 2L, 3L, 4L), ranking(fair));
        assertEquals(Rejection.ENVELOPE_USED, fair.get(1).rejection());
    }

    @Test
    void theAverageIsRoundedHalfUpToTwoDecimalsAndTheSpreadIsMaxMinusMin() {
        assertEquals(new BigDecimal("70.67"), c(1, "MA-RAB", 1, 70, 71, 71).average());
        assertEquals(new BigDecimal("70.50"), c(1, "MA-RAB", 1, 70, 71).average());
        assertEquals(new BigDecimal("0.13"), c(1, "MA-RAB", 1, 1, 0, 0, 0, 0, 0, 0, 0).average());
        assertEquals(40, c(1, "MA-RAB", 1, 50, 90, 70).spread());
        assertEquals(0, c(1, "MA-RAB", 1, 64).spread());
    }

    @Test
    void aProjectWithoutScoresComesLastAndIsNotProposed() {
        Candidate unscored = c(1, "MA-RAB", 1);
        assertNull(unscored.average());
        assertEquals(0, unscored.spread());
        List<Outcome> out = propose(Dirhams.of(10_000), 0, TieRule.SMALLER_AMOUNT, true, unscored,
                c(2, "MA-RAB", 500, 0), c(3, "MA-CAS", 500, 20));
        assertEquals(List.of(3L, 2L, 1L), ranking(out));
        assertFalse(out.get(2).proposed());
        assertEquals(Rejection.BELOW_PASS_MARK, out.get(2).rejection());
        assertEquals(List.of(3L, 2L), proposed(out));
    }

    @Test
    void theProposalNeverExceedsTheEnvelopeAndLeavesNoFittingPassingProjectOut() {
        Random random = new Random(20260301L);
        String[] provinces = {"MA-RAB", "MA-CAS", "MA-FES", "MA-AGD"};
        for (int round = 0; round < 200; round++) {
            List<Candidate> field = new ArrayList<>();
            int size = random.nextInt(16);
            for (int i = 0; i < size; i++) {
                List<Integer> totals = new ArrayList<>();
                for (int s = random.nextInt(4); s > 0; s--) {
                    totals.add(random.nextInt(101));
                }
                field.add(new Candidate(i + 1, provinces[random.nextInt(provinces.length)],
                        Dirhams.ofCentimes(1 + random.nextInt(50_000_000)), totals, DAY.plusMinutes(random.nextInt(5))));
            }
            Dirhams envelope = Dirhams.ofCentimes(random.nextInt(150_000_000));
            int passMark = random.nextInt(101);
            List<Outcome> out = Selection.propose(field, envelope, passMark,
                    TieRule.values()[random.nextInt(2)], random.nextBoolean());
            assertEquals(size, out.size());
            Dirhams total = Dirhams.ZERO;
            for (int i = 0; i < out.size(); i++) {
                Outcome o = out.get(i);
                assertEquals(i + 1, o.rank());
                assertEquals(o.proposed(), o.rejection() == null);
                boolean passes = o.candidate().average() != null
                        && o.candidate().average().compareTo(BigDecimal.valueOf(passMark)) >= 0;
                if (o.proposed()) {
                    assertTrue(passes, "round " + round);
                    total = total.plus(o.candidate().amount());
                } else {
                    assertEquals(passes ? Rejection.ENVELOPE_USED : Rejection.BELOW_PASS_MARK, o.rejection());
                }
            }
            assertTrue(total.compareTo(envelope) <= 0, "round " + round + ": " + total + " > " + envelope);
            Dirhams left = envelope.minus(total);
            for (Outcome o : out) {
                assertFalse(o.rejection() == Rejection.ENVELOPE_USED && o.candidate().amount().compareTo(left) <= 0,
                        "round " + round + ": project " + o.candidate().projectId() + " fits in what is left");
            }
        }
    }
}
