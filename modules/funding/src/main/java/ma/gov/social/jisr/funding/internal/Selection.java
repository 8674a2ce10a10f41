package ma.gov.social.jisr.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.funding.api.Rejection;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The proposed selection of a call: projects ranked by average score, ties broken by the call's rule (then
 * by id, so that the order never depends on chance); those at or above the pass mark are taken in rank order
 * while they fit in what is left of the envelope (one that does not fit is passed over, and a smaller one
 * below may still fit). With a fair spread across provinces, the best project of each province is taken
 * first, in rank order, and the rest after.
 */
public final class Selection {
    public record Candidate(long projectId, String provinceCode, Dirhams amount, List<Integer> totals,
                     LocalDateTime receivedAt) {
        public BigDecimal average() {
            if (totals.isEmpty()) {
                return null;
            }
            int sum = totals.stream().mapToInt(Integer::intValue).sum();
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        }

        public int spread() {
            return totals.isEmpty() ? 0 : totals.stream().mapToInt(Integer::intValue).max().getAsInt()
                    - totals.stream().mapToInt(Integer::intValue).min().getAsInt();
        }
    }

    public record Outcome(Candidate candidate, int rank, boolean proposed, Rejection rejection) {
    }

    private Selection() {
    }

    public static List<Outcome> propose(List<Candidate> candidates, Dirhams envelope, int passMark, TieRule tie,
                                 boolean provinceSpread) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(order(tie));
        BigDecimal pass = BigDecimal.valueOf(passMark);
        Set<Long> chosen = new HashSet<>();
        Dirhams left = envelope;
        if (provinceSpread) {
            Map<String, Candidate> bestOfProvince = new LinkedHashMap<>();
            for (Candidate c : ranked) {
                if (passes(c, pass)) {
                    bestOfProvince.putIfAbsent(c.provinceCode(), c);
                }
            }
            for (Candidate c : bestOfProvince.values()) {
                if (c.amount().compareTo(left) <= 0) {
                    chosen.add(c.projectId());
                    left = left.minus(c.amount());
                }
            }
        }
        for (Candidate c : ranked) {
            if (passes(c, pass) && !chosen.contains(c.projectId()) && c.amount().compareTo(left) <= 0) {
                chosen.add(c.projectId());
                left = left.minus(c.amount());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            boolean proposed = chosen.contains(c.projectId());
            outcomes.add(new Outcome(c, i + 1, proposed, proposed ? null
                    : passes(c, pass) ? Rejection.ENVELOPE_USED : Rejection.BELOW_PASS_MARK));
        }
        return outcomes;
    }

    private static boolean passes(Candidate c, BigDecimal pass) {
        return c.average() != null && c.average().compareTo(pass) >= 0;
    }

    private static Comparator<Candidate> order(TieRule tie) {
        Comparator<Candidate> byScore = Comparator.comparing(Candidate::average,
                Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<Candidate> tieBreak = tie == TieRule.SMALLER_AMOUNT ? Comparator.comparing(Candidate::amount)
                : Comparator.comparing(Candidate::receivedAt);
        return byScore.thenComparing(tieBreak).thenComparingLong(Candidate::projectId);
    }
}
