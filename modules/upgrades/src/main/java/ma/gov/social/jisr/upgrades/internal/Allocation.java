package ma.gov.social.jisr.upgrades.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a national number between regions. Each region first gets the minimum (never more than it can
 * use); what is left is shared in proportion to what each region can still use, by largest remainder, so
 * the shares add up exactly: rounding neither loses nor invents a unit.
 */
final class Allocation {
    private Allocation() {
    }

    /**
     * Quotas of centres: in total the target, or every eligible centre if there are fewer. No region gets
     * more than its eligible centres.
     */
    static Map<String, Long> quotas(long target, long minimum, Map<String, Long> eligible) {
        Map<String, Long> quota = new LinkedHashMap<>();
        Map<String, Long> room = new LinkedHashMap<>();
        long total = Math.min(target, eligible.values().stream().mapToLong(Long::longValue).sum());
        long given = 0;
        for (Map.Entry<String, Long> e : eligible.entrySet()) {
            long base = Math.min(Math.min(minimum, e.getValue()), total - given);
            quota.put(e.getKey(), base);
            room.put(e.getKey(), e.getValue() - base);
            given += base;
        }
        share(total - given, room, quota);
        return quota;
    }

    /**
     * Budgets in cents, in proportion to the quotas; they add up to {@code cents} exactly. With no quota
     * anywhere, nothing is shared.
     */
    static Map<String, Long> budgets(long cents, Map<String, Long> quotas) {
        Map<String, Long> budget = new LinkedHashMap<>();
        quotas.keySet().forEach(region -> budget.put(region, 0L));
        if (quotas.values().stream().mapToLong(Long::longValue).sum() > 0) {
            share(cents, quotas, budget);
        }
        return budget;
    }

    /** Adds {@code amount} to {@code into} in proportion to {@code weights} (largest remainder). */
    private static void share(long amount, Map<String, Long> weights, Map<String, Long> into) {
        long sum = weights.values().stream().mapToLong(Long::longValue).sum();
        if (amount <= 0 || sum == 0) {
            return;
        }
        record Part(String key, long floor, long remainder, long weight) {
        }
        List<Part> parts = new ArrayList<>();
        long handed = 0;
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            // amount * weight can exceed a long for budgets in cents: divide with 128-bit precision
            BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(BigInteger.valueOf(sum));
            parts.add(new Part(e.getKey(), qr[0].longValue(), qr[1].longValue(), e.getValue()));
            handed += qr[0].longValue();
        }
        parts.sort(Comparator.comparingLong(Part::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Part::weight).reversed()).thenComparing(Part::key));
        long left = amount - handed;
        for (Part p : parts) {
            long extra = left > 0 && p.remainder() > 0 ? 1 : 0;
            left -= extra;
            into.merge(p.key(), p.floor() + extra, Long::sum);
        }
    }
}
