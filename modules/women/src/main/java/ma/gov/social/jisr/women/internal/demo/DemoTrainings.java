package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import ma.gov.social.jisr.women.api.empowerment.TrainingKind;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Seat;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Training;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Woman;

/**
 * The training sessions of the demo: about fifteen in each of the three regions the demo looks at most, five
 * elsewhere (fewer when the plan is scaled down, never none), in provinces where registered women live. Seats
 * go to women of the session's province registered before they signed up, never beyond its capacity; about
 * four in five came to a session already held, and a few sessions after the demo's day are still to come.
 */
final class DemoTrainings {
    static final Set<String> BIG = Set.of(DemoEmpowerment.FES_MEKNES, "MA-04", "MA-06");
    static final int BIG_SESSIONS = 15;
    static final int SESSIONS = 5;
    static final LocalDate FIRST = LocalDate.of(2023, 2, 1);
    /** How far after the demo's day the sessions still to come are held. */
    static final int AHEAD_DAYS = 45;

    private final Random random;
    private final Dice dice;
    private final LocalDate asOf;

    DemoTrainings(Random random, LocalDate asOf) {
        this.random = random;
        this.dice = new Dice(random);
        this.asOf = asOf;
    }

    /** {@code provinceNames}: French names by code, for the places. In order of the day held. */
    List<Training> sessions(List<Woman> women, Map<String, String> provinceNames, double scale) {
        Map<String, List<Woman>> byRegion = new TreeMap<>();
        women.forEach(w -> byRegion.computeIfAbsent(w.regionCode(), k -> new ArrayList<>()).add(w));
        List<Training> sessions = new ArrayList<>();
        for (Map.Entry<String, List<Woman>> e : byRegion.entrySet()) {
            boolean big = BIG.contains(e.getKey());
            int count = big ? Math.max(3, (int) Math.round(BIG_SESSIONS * scale))
                    : Math.max(2, (int) Math.round(SESSIONS * scale));
            for (int i = 0; i < count; i++) {
                // where the women are: the province of one of them
                String province = dice.pick(e.getValue()).provinceCode();
                sessions.add(session(e.getKey(), province, e.getValue().stream()
                        .filter(w -> w.provinceCode().equals(province)).toList(), provinceNames));
            }
        }
        sessions.sort(Comparator.comparing(Training::heldOn));
        return List.copyOf(sessions);
    }

    private Training session(String region, String province, List<Woman> here, Map<String, String> names) {
        TrainingKind kind = random.nextBoolean() ? TrainingKind.DIGITAL : TrainingKind.TRADE;
        LocalDate held = dice.between(FIRST, asOf.plusDays(AHEAD_DAYS));
        int capacity = 15 + random.nextInt(16);
        LocalDate signUpBy = held.minusDays(2).isBefore(asOf) ? held.minusDays(2) : asOf;
        List<Woman> eligible = new ArrayList<>(here.stream().filter(w -> !w.registeredOn().isAfter(signUpBy))
                .toList());
        Collections.shuffle(eligible, random);
        int seats = Math.min(Math.min(capacity, eligible.size()), capacity * (60 + random.nextInt(41)) / 100);
        List<Seat> taken = new ArrayList<>();
        boolean past = !held.isAfter(asOf);
        for (Woman w : eligible.subList(0, seats)) {
            LocalDate from = DemoEmpowerment.later(w.registeredOn(), signUpBy.minusDays(28));
            LocalDateTime at = dice.between(from, signUpBy).atTime(9, 0).plusMinutes(random.nextInt(480));
            taken.add(new Seat(w.person().id(), at, past && random.nextInt(10) < 8));
        }
        String place = dice.pick(EmpTexts.PLACES).formatted(names.getOrDefault(province, province));
        return new Training(kind, dice.pick(EmpTexts.TOPICS.get(kind)), held, place, dice.pick(EmpTexts.TRAINERS),
                capacity, region, province, List.copyOf(taken));
    }
}
