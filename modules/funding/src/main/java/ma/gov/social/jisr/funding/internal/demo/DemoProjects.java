package ma.gov.social.jisr.funding.internal.demo;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The submissions of the demo calls. The 2023 call's selection is built to match the ministry's figures to
 * the centime: 120 projects for 29,815,250.00 dirhams, of which 55 family spaces for 20,172,250.00 (49 with a
 * social nursery, 40 with a day club). Equal shares are moved between pairs of projects, so each group keeps
 * its exact sum. Scores are set so that the rules propose exactly that selection: the selected average 70 to
 * 95, fifteen more pass the mark (62 to 68) but no longer fit the envelope, the rest stay below 60.
 */
final class DemoProjects {
    /** A submission to write: its group decides its domain, components, amount and score. */
    record Drawn(String callReference, String domain, String components, Dirhams amount, int score,
                 LocalDateTime receivedAt) {
    }

    static final String[] OTHER_DOMAINS = {"SOCIAL_NURSERY", "ELDERLY_DAY_CLUB", "POSITIVE_PARENTING",
        "FAMILY_MEDIATION", "WOMEN_LISTENING", "WOMEN_MULTIFUNCTION", "CHILD_PROTECTION", "DISABILITY", "ELDERLY_CARE",
        "SALAMA_KITS"};

    private final Random random;

    DemoProjects(Random random) {
        this.random = random;
    }

    /** 180 submissions: the 120 selected first (55 family spaces, then 65 others), then 15, then 45. */
    List<Drawn> family2023() {
        DemoCalls.Call call = DemoCalls.FAMILY_2023;
        List<Drawn> drawn = new ArrayList<>();
        List<Long> spaces = exactSplit(55, 2_017_225_000L);
        for (int i = 0; i < 55; i++) {
            String components = "FAMILY_SPACE" + (i < 49 ? "|SOCIAL_NURSERY" : "") + (i % 11 < 8 ? "|ELDERLY_DAY_CLUB" : "");
            drawn.add(new Drawn(call.reference(), "FAMILY_SPACE", components, Dirhams.ofCentimes(spaces.get(i)),
                    70 + random.nextInt(26), received(call)));
        }
        List<Long> others = exactSplit(65, 964_300_000L);
        for (int i = 0; i < 65; i++) {
            String domain = OTHER_DOMAINS[i % OTHER_DOMAINS.length];
            drawn.add(new Drawn(call.reference(), domain, domain, Dirhams.ofCentimes(others.get(i)),
                    70 + random.nextInt(26), received(call)));
        }
        for (int i = 0; i < 60; i++) {
            boolean passes = i < 15;
            String domain = i % 3 == 0 ? "FAMILY_SPACE" : OTHER_DOMAINS[random.nextInt(OTHER_DOMAINS.length)];
            long amount = passes ? 190_000 + 250L * random.nextInt(1160) : 80_000 + 250L * random.nextInt(1600);
            drawn.add(new Drawn(call.reference(), domain, domain, Dirhams.of(amount),
                    passes ? 62 + random.nextInt(7) : 35 + random.nextInt(24), received(call)));
        }
        return drawn;
    }

    /** Submissions of a call still being handled: scores are drawn but only some evaluators gave them. */
    List<Drawn> of(DemoCalls.Call call, int count, LocalDateTime until) {
        List<Drawn> drawn = new ArrayList<>();
        String[] domains = call.domains().split("\\|");
        for (int i = 0; i < count; i++) {
            String domain = domains[i % domains.length];
            drawn.add(new Drawn(call.reference(), domain, domain, Dirhams.of(120_000 + 250L * random.nextInt(1000)),
                    40 + random.nextInt(55), received(call.opensAt(), until.isBefore(call.closesAt()) ? until
                    : call.closesAt())));
        }
        return drawn;
    }

    /**
     * {@code n} amounts in centimes, multiples of 250 dirhams around the mean, summing to {@code total}
     * exactly: equal amounts, the remainder on the first, then shares moved within pairs.
     */
    List<Long> exactSplit(int n, long total) {
        long step = 25_000; // 250.00 dirhams
        long base = total / n / step * step;
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            amounts.add(base);
        }
        amounts.set(0, base + total - base * n);
        for (int i = 0; i + 1 < n; i += 2) {
            long moved = step * random.nextInt(201);
            amounts.set(i, amounts.get(i) + moved);
            amounts.set(i + 1, amounts.get(i + 1) - moved);
        }
        return amounts;
    }

    /** The three evaluators' totals for a score: they differ, and their average is the score exactly. */
    int[] totals(int score) {
        int d = Math.min(random.nextInt(7), Math.min(score, 100 - score));
        return new int[] {score + d, score - d, score};
    }

    /** A total split over the grid's weights: each criterion at most its weight, summing to the total. */
    static int[] points(int total, int[] weights) {
        int[] points = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            points[i] = weights[i] * total / 100;
            given += points[i];
        }
        for (int i = 0; given < total; i = (i + 1) % weights.length) {
            if (points[i] < weights[i]) {
                points[i]++;
                given++;
            }
        }
        return points;
    }

    private LocalDateTime received(DemoCalls.Call call) {
        return received(call.opensAt(), call.closesAt());
    }

    private LocalDateTime received(LocalDateTime from, LocalDateTime to) {
        long minutes = ChronoUnit.MINUTES.between(from, to);
        return from.plusMinutes((long) (random.nextDouble() * (minutes - 1)));
    }
}
