package ma.gov.social.jisr.women.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.DemoPartners;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitSource;
import ma.gov.social.jisr.women.internal.demo.DemoKits.Move;
import ma.gov.social.jisr.women.internal.demo.DemoKits.Place;

/**
 * The Salama kits of the demo. The pandemic (April 2020 to December 2021): about 55,000 kits received by the
 * twelve regions' stores, mostly from UNFPA, in proportion to their population; six transfers from large regions
 * to smaller ones; allocations to four demo centres and two demo partner associations per region at most, and
 * their distributions by category. Then in 2026 an UNFPA dotation to the three largest regions, given out before
 * {@link DemoData#AS_OF}. Told here, played against the stock by {@link DemoKits} (no balance below zero, three
 * mistakes reversed), then written as the ledger writes it: movements with ids from their sequence, the lines
 * given, the balances left. Its own seeder, so that a database seeded before the kits existed gets them; one
 * transaction.
 */
@ApplicationScoped
public class KitsDemo implements DemoData {
    private static final long SEED = 2020_04_01;
    private static final int PANDEMIC_KITS = 55_000;
    /** Population shares (per mille, the smallest regions raised) that size each region's supply. */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("MA-01", 105),
            Map.entry("MA-02", 68), Map.entry("MA-03", 124), Map.entry("MA-04", 135), Map.entry("MA-05", 74),
            Map.entry("MA-06", 203), Map.entry("MA-07", 134), Map.entry("MA-08", 48), Map.entry("MA-09", 79),
            Map.entry("MA-10", 20), Map.entry("MA-11", 20), Map.entry("MA-12", 20));
    private static final Map<KitKind, Double> SHARES = Map.of(KitKind.HYGIENE, 0.6, KitKind.MATERNITY, 0.25,
            KitKind.PROTECTION, 0.15);
    private static final List<String> OCCASIONS = List.of("Caravane médicale", "Journée de sensibilisation",
            "Distribution au centre d'hébergement", "Permanence d'écoute");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;
    @Inject
    private DemoCentres centres;
    @Inject
    private DemoPartners partners;

    @Override
    public String module() {
        return "women";
    }

    /** After the associations (5), the centres (10) and the women's cases (40). */
    @Override
    public int order() {
        return 42;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "wom_kit_movement");
    }

    @Override
    @Transactional
    public String seed() {
        List<CentreCard> places = centres.open(Set.of(CentreType.LISTENING_CENTRE,
                CentreType.WOMEN_MULTIFUNCTION_SPACE, CentreType.WOMEN_SHELTER));
        DemoKits.Drawn drawn = draw(new Random(SEED), AS_OF, territories.regions(), places, partners.all());
        if (drawn.moves().isEmpty()) {
            return "no region, nothing written";
        }
        write(new Sql(dataSource), drawn);
        List<Move> moves = drawn.moves();
        int distributed = total(moves, KitMove.DISTRIBUTION) - moves.stream().filter(m -> m.kind() == KitMove.REVERSAL
                && moves.get(m.reverses()).kind() == KitMove.DISTRIBUTION).mapToInt(Move::quantity).sum();
        return String.format("%,d kit movements, %,d kits received, %,d distributed by %d centres and associations,"
                + " %d reversals", moves.size(), total(moves, KitMove.RECEIPT), distributed, moves.stream()
                .filter(m -> m.kind() == KitMove.DISTRIBUTION).map(Move::from).distinct().count(), moves.stream()
                .filter(m -> m.kind() == KitMove.REVERSAL).count());
    }

    /** The whole story, without a database: the same seed, day and cards always give the same movements. */
    static DemoKits.Drawn draw(Random random, LocalDate asOf, List<Region> regions, List<CentreCard> centres,
                               List<AssociationCard> associations) {
        return new Story(random, asOf).tell(regions, centres, associations);
    }

    private static void write(Sql sql, DemoKits.Drawn drawn) {
        LongSupplier ids = sql.ids("wom_kit_movement_seq", 1); // its INCREMENT BY
        long[] id = new long[drawn.moves().size()];
        List<Object[]> movements = new ArrayList<>();
        List<Object[]> given = new ArrayList<>();
        LocalDateTime at = null;
        for (int i = 0; i < id.length; i++) {
            Move m = drawn.moves().get(i);
            id[i] = ids.getAsLong();
            at = at != null && at.toLocalDate().equals(m.on()) ? at.plusMinutes(13)
                    : m.on().atTime(9, 0).plusMinutes(i * 37L % 300);
            Place seen = m.from() != null ? m.from() : m.to();
            movements.add(new Object[] {id[i], m.kind(), m.kitKind(), m.quantity(), m.on(), type(m.from()),
                key(m.from()), type(m.to()), key(m.to()), seen.regionCode(), seen.provinceCode(),
                m.to() == null ? null : m.to().regionCode(), m.to() == null ? null : m.to().provinceCode(),
                m.source(), m.reference(), m.note(), m.reverses() == null ? null : id[m.reverses()], at, AUTHOR});
            for (int line = 0; line < m.given().size(); line++) {
                KitGiven g = m.given().get(line);
                given.add(new Object[] {id[i], line + 1, g.category(), g.quantity(), g.personId()});
            }
        }
        sql.batch("insert into wom_kit_movement (id, kind, kit_kind, quantity, moved_on, from_type, from_key, to_type,"
                + " to_key, region_code, province_code, to_region_code, to_province_code, source, reference, note,"
                + " reverses_id, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", movements);
        sql.batch("insert into wom_kit_given (movement_id, line_no, category, quantity, person_id)"
                + " values (?, ?, ?, ?, ?)", given);
        sql.batch("insert into wom_kit_stock (holder_type, holder_key, kit_kind, region_code, province_code, quantity)"
                + " values (?, ?, ?, ?, ?, ?)", drawn.balances().stream().map(b -> new Object[] {type(b.place()),
                key(b.place()), b.kind(), b.place().regionCode(), b.place().provinceCode(), b.quantity()}).toList());
    }

    private static String type(Place p) {
        return p == null ? null : p.holder().type().name();
    }

    private static String key(Place p) {
        return p == null ? null : p.holder().key();
    }

    private static int total(List<Move> moves, KitMove kind) {
        return moves.stream().filter(m -> m.kind() == kind).mapToInt(Move::quantity).sum();
    }

    /** What is planned, region by region, on a {@link DemoKits} that plays it. */
    private static final class Story {
        private final Dice dice;
        private final LocalDate asOf;
        private final DemoKits kits;

        Story(Random random, LocalDate asOf) {
            this.dice = new Dice(random);
            this.asOf = asOf;
            this.kits = new DemoKits(random, asOf);
        }

        DemoKits.Drawn tell(List<Region> regions, List<CentreCard> centres, List<AssociationCard> associations) {
            int weights = Math.max(1, regions.stream().mapToInt(r -> weight(r.code())).sum());
            List<Place> stores = new ArrayList<>();
            Map<String, List<Place>> partnersOf = new HashMap<>();
            for (Region r : regions) {
                Place store = new Place(KitHolder.region(r.code()), r.code(), null);
                stores.add(store);
                int supply = PANDEMIC_KITS * weight(r.code()) / weights;
                receipts(store, supply);
                List<Place> partners = partners(r.code(), centres, associations);
                partnersOf.put(r.code(), partners);
                int perAllocation = supply * 8 / 10 / Math.max(1, partners.size() * 3);
                partners.forEach(p -> pandemic(store, p, perAllocation));
            }
            stores.sort(Comparator.comparingInt((Place s) -> -weight(s.regionCode())));
            int large = Math.min(4, stores.size() - 1);
            for (int i = 0; large > 0 && i < 6; i++) {
                kits.plan(dice.between(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 11, 30)), KitMove.TRANSFER, kind(),
                        round(200 + dice.random().nextInt(700), 50), stores.get(i % large),
                        dice.pick(stores.subList(large, stores.size())), null,
                        "Renfort : hausse des demandes dans la région");
            }
            stores.stream().limit(3).forEach(s -> dotation(s, partnersOf.get(s.regionCode())));
            return kits.play();
        }

        /** Three to six receipts, one of each kind first (the first from UNFPA), sized by the kinds' shares. */
        private void receipts(Place store, int supply) {
            int count = 3 + dice.random().nextInt(4);
            KitKind[] kinds = new KitKind[count];
            double[] shares = new double[count];
            double all = 0;
            for (int i = 0; i < count; i++) {
                kinds[i] = i < 3 ? KitKind.values()[i] : kind();
                shares[i] = SHARES.get(kinds[i]) * (0.7 + 0.6 * dice.random().nextDouble());
                all += shares[i];
            }
            for (int i = 0; i < count; i++) {
                LocalDate on = i < 3 ? dice.between(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 15))
                        : dice.between(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 10, 31));
                kits.plan(on, KitMove.RECEIPT, kinds[i], Math.max(100, round(supply * shares[i] / all, 50)), null,
                        store, i == 0 ? KitSource.UNFPA : source(), "Riposte COVID-19");
            }
        }

        /** Four of the region's centres and two of its partner associations in good standing, at most. */
        private List<Place> partners(String region, List<CentreCard> centres, List<AssociationCard> associations) {
            List<Place> here = new ArrayList<>(centres.stream().filter(c -> region.equals(c.regionCode()))
                    .map(c -> new Place(KitHolder.centre(c.id()), c.regionCode(), c.provinceCode())).toList());
            List<Place> partners = new ArrayList<>(associations.stream().filter(a -> region.equals(a.regionCode())
                    && a.status() != null && a.status().inGoodStanding())
                    .map(a -> new Place(KitHolder.association(a.id()), a.regionCode(), a.provinceCode())).toList());
            Collections.shuffle(here, dice.random());
            Collections.shuffle(partners, dice.random());
            List<Place> chosen = new ArrayList<>(here.subList(0, Math.min(4, here.size())));
            chosen.addAll(partners.subList(0, Math.min(2, partners.size())));
            return chosen;
        }

        /** Two to four allocations to a partner, and five to twelve distributions that give most of them out. */
        private void pandemic(Place store, Place partner, int perAllocation) {
            int allocations = 2 + dice.random().nextInt(3);
            for (int i = 0; i < allocations; i++) {
                kits.plan(dice.between(LocalDate.of(2020, 5, 20), LocalDate.of(2021, 12, 15)), KitMove.ALLOCATION,
                        kind(), Math.max(10, round(perAllocation * (0.6 + 0.8 * dice.random().nextDouble()), 10)),
                        store, partner, null, null);
            }
            int distributions = 5 + dice.random().nextInt(8);
            int each = Math.max(5, allocations * perAllocation * 5 / 4 / distributions);
            for (int i = 0; i < distributions; i++) {
                kits.plan(dice.between(LocalDate.of(2020, 6, 1), DemoKits.PANDEMIC_END), KitMove.DISTRIBUTION,
                        kind(), Math.max(1, (int) (each * (0.5 + dice.random().nextDouble()))), partner, null, null,
                        occasion());
            }
        }

        /** 2026: an UNFPA dotation to a large region, allocated to one or two partners who give it out. */
        private void dotation(Place store, List<Place> partners) {
            LocalDate received = dice.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30));
            KitKind kind = dice.random().nextBoolean() ? KitKind.HYGIENE : KitKind.MATERNITY;
            int supply = round(1_200 + dice.random().nextInt(800), 50);
            kits.plan(received, KitMove.RECEIPT, kind, supply, null, store, KitSource.UNFPA, "Dotation 2026");
            for (Place p : partners.subList(0, Math.min(2, partners.size()))) {
                LocalDate allocated = dice.between(received.plusDays(7), received.plusDays(60));
                kits.plan(allocated, KitMove.ALLOCATION, kind, round(supply * 0.35, 10), store, p, null, null);
                int distributions = 3 + dice.random().nextInt(3);
                for (int i = 0; i < distributions; i++) {
                    kits.plan(dice.between(allocated, asOf.minusDays(1)), KitMove.DISTRIBUTION, kind,
                            20 + dice.random().nextInt(80), p, null, null, occasion());
                }
            }
        }

        /** Hygiene kits six times in ten, maternity kits a quarter of the time, protection kits the rest. */
        private KitKind kind() {
            int r = dice.random().nextInt(20);
            return r < 12 ? KitKind.HYGIENE : r < 17 ? KitKind.MATERNITY : KitKind.PROTECTION;
        }

        private KitSource source() {
            int r = dice.random().nextInt(10);
            return r < 7 ? KitSource.UNFPA : r < 9 ? KitSource.MINISTRY : KitSource.DONOR;
        }

        private String occasion() {
            return dice.random().nextInt(4) == 0 ? dice.pick(OCCASIONS) : null;
        }

        private static int weight(String regionCode) {
            return WEIGHTS.getOrDefault(regionCode, 80);
        }

        /** Kits come in cartons: a quantity rounded to the unit. */
        private static int round(double kits, int unit) {
            return (int) Math.round(kits / unit) * unit;
        }
    }
}
