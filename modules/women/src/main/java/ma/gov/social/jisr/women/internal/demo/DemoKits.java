package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import ma.gov.social.jisr.women.api.KitCategory;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitSource;

/**
 * The demo's kit stock in memory, without a database: movements planned on days ({@link KitsDemo} tells the
 * story) are played in order of day against the balances they find, as the ledger would take them. A movement
 * out takes what is wanted or what is left, whichever is less, so no balance ever goes below zero; receipts get
 * their reference in order of day ("UNFPA-2020-014"). Two distributions are entered twice and the second undone
 * some days later ("saisie en double"), and one allocation undone at once: reversals, each of one movement.
 */
final class DemoKits {
    static final LocalDate PANDEMIC_END = LocalDate.of(2021, 12, 31);
    static final String DOUBLE = "saisie en double";
    static final String WRONG_CENTRE = "Attribution saisie pour le mauvais destinataire, annulée";
    private static final Map<KitKind, List<KitCategory>> GIVEN_TO = Map.of(
            KitKind.HYGIENE, List.of(KitCategory.VIOLENCE_VICTIM, KitCategory.SHELTERED, KitCategory.MIGRANT,
                    KitCategory.PRISONER),
            KitKind.MATERNITY, List.of(KitCategory.PREGNANT, KitCategory.HEALTH_STAFF, KitCategory.SHELTERED,
                    KitCategory.MIGRANT),
            KitKind.PROTECTION, List.of(KitCategory.HEALTH_STAFF, KitCategory.SPACE_STAFF));
    private static final Map<KitSource, String> PREFIXES = Map.of(KitSource.UNFPA, "UNFPA",
            KitSource.MINISTRY, "MSISF", KitSource.DONOR, "DON", KitSource.OTHER, "AUT");
    /** Receipts first on a day, then transfers, allocations, distributions and reversals; then as planned. */
    private static final Comparator<Planned> IN_TURN = Comparator.comparing(Planned::on)
            .thenComparing(Planned::kind).thenComparingInt(Planned::seq);

    /** Who holds kits, and where: a region's store has no province. */
    record Place(KitHolder holder, String regionCode, String provinceCode) {
    }

    /** One movement; {@code reverses} is the position, in the drawn list, of the movement it undoes. */
    record Move(KitMove kind, KitKind kitKind, int quantity, LocalDate on, Place from, Place to, KitSource source,
                String reference, String note, Integer reverses, List<KitGiven> given) {
    }

    record Balance(Place place, KitKind kind, int quantity) {
    }

    /** The movements in the order they happened, and the balances they leave. */
    record Drawn(List<Move> moves, List<Balance> balances) {
    }

    /** A movement wanted on a day; what it moves is known only when its turn comes. */
    private record Planned(LocalDate on, KitMove kind, int seq, KitKind kitKind, int wanted, Place from, Place to,
                           KitSource source, String note, Integer reverses) {
    }

    private record Key(KitHolder holder, KitKind kind) {
    }

    private final Dice dice;
    private final LocalDate asOf;
    private final PriorityQueue<Planned> queue = new PriorityQueue<>(IN_TURN);
    private final Map<Key, Integer> stock = new LinkedHashMap<>();
    private final Map<KitHolder, Place> places = new HashMap<>();
    private final List<Move> moves = new ArrayList<>();
    private final Map<String, Integer> references = new HashMap<>();
    private final Set<Integer> doubledYears = new HashSet<>();
    private boolean allocationUndone;
    private int seq;

    /** {@code random} draws the lines given and when a double entry is noticed; nothing is dated after asOf. */
    DemoKits(Random random, LocalDate asOf) {
        this.dice = new Dice(random);
        this.asOf = asOf;
    }

    /**
     * A movement wanted on a day: a receipt ({@code from} null) of {@code wanted} kits from {@code source}; a
     * transfer, an allocation or (with {@code to} null) a distribution of at most {@code wanted}, of the kind
     * wanted if the holder has some, else of the kind it has most of (nothing if it has none).
     */
    void plan(LocalDate on, KitMove kind, KitKind kitKind, int wanted, Place from, Place to, KitSource source,
              String note) {
        if (kind == KitMove.REVERSAL || wanted <= 0 || on.isAfter(asOf)) {
            throw new IllegalArgumentException("not a movement to plan: " + kind + " " + wanted + " on " + on);
        }
        queue.add(new Planned(on, kind, seq++, kitKind, wanted, from, to, source, note, null));
    }

    /** Plays what was planned, in order of day; the movements as they happened and the balances they leave. */
    Drawn play() {
        while (!queue.isEmpty()) {
            play(queue.poll());
        }
        List<Balance> balances = new ArrayList<>();
        stock.forEach((k, q) -> balances.add(new Balance(places.get(k.holder()), k.kind(), q)));
        return new Drawn(List.copyOf(moves), List.copyOf(balances));
    }

    private void play(Planned p) {
        if (p.kind() == KitMove.RECEIPT) {
            move(KitMove.RECEIPT, p.kitKind(), p.wanted(), p.on(), null, p.to(), p.source(),
                    reference(p.source(), p.on()), p.note(), null, List.of());
            return;
        }
        if (p.kind() == KitMove.REVERSAL) {
            reverse(p.reverses(), p.on(), p.note());
            return;
        }
        KitKind kind = stocked(p.from(), p.kitKind());
        if (kind == null) {
            return;
        }
        int quantity = Math.min(p.wanted(), available(p.from(), kind));
        List<KitGiven> given = p.kind() == KitMove.DISTRIBUTION ? lines(kind, quantity) : List.of();
        int at = move(p.kind(), kind, quantity, p.on(), p.from(), p.to(), null, null, p.note(), null, given);
        int year = p.on().getYear();
        if (p.kind() == KitMove.ALLOCATION && !allocationUndone && !p.on().isBefore(LocalDate.of(2020, 10, 1))) {
            allocationUndone = true;
            reverse(at, p.on(), WRONG_CENTRE);
        } else if (p.kind() == KitMove.DISTRIBUTION && p.on().isAfter(LocalDate.of(2021, 3, 1))
                && doubledYears.size() < 2 && !doubledYears.contains(year) && available(p.from(), kind) >= quantity) {
            doubledYears.add(year);
            int twice = move(KitMove.DISTRIBUTION, kind, quantity, p.on(), p.from(), null, null, null, p.note(), null,
                    given);
            LocalDate noticed = Dice.min(p.on().plusDays(1 + dice.random().nextInt(6)),
                    year <= PANDEMIC_END.getYear() ? PANDEMIC_END : asOf);
            queue.add(new Planned(noticed, KitMove.REVERSAL, seq++, kind, quantity, null, null, null, DOUBLE, twice));
        }
    }

    /** The movement the other way: the kits go back to whom they came from, if they are still there. */
    private void reverse(int original, LocalDate on, String note) {
        Move m = moves.get(original);
        if (m.to() != null && available(m.to(), m.kitKind()) < m.quantity()
                || moves.stream().anyMatch(r -> Integer.valueOf(original).equals(r.reverses()))) {
            return;
        }
        move(KitMove.REVERSAL, m.kitKind(), m.quantity(), on, m.to(), m.from(), null, null, note, original,
                List.of());
    }

    /** Writes down a movement and its effect on the stock; returns its position. */
    private int move(KitMove kind, KitKind kitKind, int quantity, LocalDate on, Place from, Place to,
                     KitSource source, String reference, String note, Integer reverses, List<KitGiven> given) {
        if (from != null) {
            stock.merge(new Key(from.holder(), kitKind), -quantity, Integer::sum);
        }
        if (to != null) {
            places.putIfAbsent(to.holder(), to);
            stock.merge(new Key(to.holder(), kitKind), quantity, Integer::sum);
        }
        moves.add(new Move(kind, kitKind, quantity, on, from, to, source, reference, note, reverses, given));
        return moves.size() - 1;
    }

    private int available(Place holder, KitKind kind) {
        return stock.getOrDefault(new Key(holder.holder(), kind), 0);
    }

    /** The kind wanted if the holder has some, else the kind it has most of; null if it has none at all. */
    private KitKind stocked(Place holder, KitKind wanted) {
        KitKind most = wanted;
        for (KitKind k : KitKind.values()) {
            most = available(holder, k) > available(holder, most) ? k : most;
        }
        return available(holder, wanted) > 0 ? wanted : available(holder, most) > 0 ? most : null;
    }

    /** One to four categories the kind is for, each given at least one kit, {@code total} in all. */
    private List<KitGiven> lines(KitKind kind, int total) {
        List<KitCategory> categories = new ArrayList<>(GIVEN_TO.get(kind));
        Collections.shuffle(categories, dice.random());
        int count = Math.min(Math.min(1 + dice.random().nextInt(4), categories.size()), total);
        List<KitGiven> lines = new ArrayList<>();
        int left = total;
        for (int i = 0; i < count - 1; i++) {
            int part = 1 + dice.random().nextInt(left - (count - 1 - i));
            lines.add(KitGiven.counted(categories.get(i), part));
            left -= part;
        }
        lines.add(KitGiven.counted(categories.get(count - 1), left));
        return List.copyOf(lines);
    }

    private String reference(KitSource source, LocalDate on) {
        String series = PREFIXES.get(source) + "-" + on.getYear();
        return "%s-%03d".formatted(series, references.merge(series, 1, Integer::sum));
    }
}
