package ma.gov.social.jisr.women.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.women.api.KitCategory;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.internal.demo.DemoKits.Balance;
import ma.gov.social.jisr.women.internal.demo.DemoKits.Move;
import org.junit.jupiter.api.Test;

class DemoKitsTest {
    private static final List<CentreType> TYPES = List.of(CentreType.LISTENING_CENTRE,
            CentreType.WOMEN_MULTIFUNCTION_SPACE, CentreType.WOMEN_SHELTER);
    /** Twelve regions; the last has neither centre nor association, its store only receives. */
    private static final List<Region> REGIONS = regions();
    private static final List<CentreCard> CENTRES = centres();
    private static final List<AssociationCard> ASSOCIATIONS = associations();

    private record Stock(KitHolder holder, KitKind kind) {
    }

    @Test
    void noBalanceEverGoesBelowZero() {
        Map<Stock, Integer> stock = new HashMap<>();
        for (Move m : drawn().moves()) {
            assertTrue(m.quantity() > 0, "a movement moves kits: " + m);
            if (m.from() != null) {
                Stock s = new Stock(m.from().holder(), m.kitKind());
                int left = stock.getOrDefault(s, 0) - m.quantity();
                assertTrue(left >= 0, "taken beyond the stock: " + m);
                stock.put(s, left);
            }
            if (m.to() != null) {
                stock.merge(new Stock(m.to().holder(), m.kitKind()), m.quantity(), Integer::sum);
            }
        }
    }

    @Test
    void finalBalancesAreReceiptsLessWhatWentOut() {
        DemoKits.Drawn drawn = drawn();
        Map<Stock, Integer> in = new HashMap<>();
        Map<Stock, Integer> out = new HashMap<>();
        for (Move m : drawn.moves()) {
            if (m.to() != null) {
                in.merge(new Stock(m.to().holder(), m.kitKind()), m.quantity(), Integer::sum);
            }
            if (m.from() != null) {
                out.merge(new Stock(m.from().holder(), m.kitKind()), m.quantity(), Integer::sum);
            }
        }
        Map<Stock, Integer> balances = new HashMap<>();
        for (Balance b : drawn.balances()) {
            assertNull(balances.put(new Stock(b.place().holder(), b.kind()), b.quantity()),
                    "one row per holder and kind");
            assertTrue(b.quantity() >= 0);
            if (b.place().holder().type() == KitHolder.Type.REGION) {
                assertEquals(b.place().holder().key(), b.place().regionCode());
                assertNull(b.place().provinceCode(), "a region's store has no province");
            } else {
                assertEquals(province(b.place().holder()), b.place().provinceCode());
            }
        }
        assertEquals(in.keySet(), balances.keySet(), "a row for every holder and kind that ever received kits");
        in.forEach((s, q) -> assertEquals(q - out.getOrDefault(s, 0), balances.get(s), s.toString()));
        assertFalse(out.keySet().stream().anyMatch(s -> !in.containsKey(s)), "nobody gives what it never received");
    }

    @Test
    void everyReversalUndoesAnEarlierMovementOnce() {
        List<Move> moves = drawn().moves();
        Set<Integer> reversed = new HashSet<>();
        int doubles = 0;
        for (int i = 0; i < moves.size(); i++) {
            Move r = moves.get(i);
            if (r.kind() != KitMove.REVERSAL) {
                assertNull(r.reverses(), "only a reversal reverses");
                continue;
            }
            assertNotNull(r.reverses());
            assertTrue(r.reverses() < i, "a reversal comes after what it undoes");
            assertTrue(reversed.add(r.reverses()), "undone once: " + r);
            Move m = moves.get(r.reverses());
            assertTrue(m.kind() != KitMove.REVERSAL, "a reversal is not reversed");
            assertEquals(m.kitKind(), r.kitKind());
            assertEquals(m.quantity(), r.quantity());
            assertEquals(m.from(), r.to());
            assertEquals(m.to(), r.from());
            assertFalse(r.on().isBefore(m.on()));
            assertTrue(r.note() != null && !r.note().isBlank(), "a reversal says why");
            if (DemoKits.DOUBLE.equals(r.note())) {
                doubles++;
                Move first = moves.get(r.reverses() - 1);
                assertEquals(List.of(first.kind(), first.from(), first.on(), first.given()),
                        List.of(m.kind(), m.from(), m.on(), m.given()), "the distribution entered twice");
            }
        }
        assertEquals(3, reversed.size(), "two double entries and a wrong allocation");
        assertEquals(2, doubles);
    }

    @Test
    void thePandemicAndTwentyTwentySix() {
        List<Move> moves = drawn().moves();
        int received = moves.stream().filter(m -> m.kind() == KitMove.RECEIPT).mapToInt(Move::quantity).sum();
        assertTrue(received > 55_000 && received < 65_000, "about 60,000 kits received: " + received);
        assertEquals(6, moves.stream().filter(m -> m.kind() == KitMove.TRANSFER).count());
        LocalDate previous = LocalDate.MIN;
        for (Move m : moves) {
            assertFalse(m.on().isBefore(previous), "in order of day");
            previous = m.on();
            assertTrue(!m.on().isBefore(LocalDate.of(2020, 4, 1)) && !m.on().isAfter(DemoKits.PANDEMIC_END)
                    || m.on().getYear() == 2026 && !m.on().isAfter(DemoData.AS_OF), m.toString());
            switch (m.kind()) {
                case RECEIPT -> {
                    assertNull(m.from());
                    assertEquals(KitHolder.Type.REGION, m.to().holder().type());
                    assertNotNull(m.source());
                    assertTrue(m.reference().matches("[A-Z]+-" + m.on().getYear() + "-\\d{3}"), m.reference());
                }
                case TRANSFER -> {
                    assertEquals(KitHolder.Type.REGION, m.from().holder().type());
                    assertEquals(KitHolder.Type.REGION, m.to().holder().type());
                    assertFalse(m.from().equals(m.to()));
                }
                case ALLOCATION -> {
                    assertEquals(KitHolder.Type.REGION, m.from().holder().type());
                    assertTrue(m.to().holder().type() != KitHolder.Type.REGION);
                    assertEquals(m.from().regionCode(), m.to().regionCode(), "to a partner of its own region");
                }
                case DISTRIBUTION -> given(m);
                case REVERSAL -> assertTrue(m.given().isEmpty());
            }
        }
        assertTrue(moves.stream().anyMatch(m -> m.kind() == KitMove.DISTRIBUTION && m.on().getYear() == 2026));
    }

    @Test
    void onlyPartnersInGoodStandingOfTheRegionGetKits() {
        Set<KitHolder> allowed = new HashSet<>();
        CENTRES.forEach(c -> allowed.add(KitHolder.centre(c.id())));
        ASSOCIATIONS.stream().filter(a -> a.status().inGoodStanding())
                .forEach(a -> allowed.add(KitHolder.association(a.id())));
        List<Move> moves = drawn().moves();
        moves.stream().filter(m -> m.kind() == KitMove.ALLOCATION)
                .forEach(m -> assertTrue(allowed.contains(m.to().holder()), m.toString()));
        assertTrue(moves.stream().noneMatch(m -> m.to() != null && "MA-12".equals(m.to().regionCode())
                && m.to().holder().type() != KitHolder.Type.REGION));
        assertTrue(moves.stream().anyMatch(m -> m.kind() == KitMove.ALLOCATION
                && m.to().holder().type() == KitHolder.Type.ASSOCIATION));
    }

    @Test
    void theSameSeedTellsTheSameStory() {
        assertEquals(drawn(), drawn());
    }

    @Test
    void withoutCentresNorAssociationsTheStoresOnlyReceiveAndTransfer() {
        DemoKits.Drawn drawn = KitsDemo.draw(new Random(7), DemoData.AS_OF, REGIONS, List.of(), List.of());
        assertTrue(drawn.moves().stream().allMatch(m -> m.kind() == KitMove.RECEIPT || m.kind() == KitMove.TRANSFER));
        assertTrue(drawn.balances().stream().allMatch(b -> b.place().holder().type() == KitHolder.Type.REGION));
    }

    private static void given(Move m) {
        assertNull(m.to());
        assertTrue(m.from().holder().type() != KitHolder.Type.REGION);
        assertTrue(m.given().size() >= 1 && m.given().size() <= 4, m.toString());
        assertEquals(m.quantity(), m.given().stream().mapToInt(KitGiven::quantity).sum());
        Set<KitCategory> categories = new HashSet<>();
        for (KitGiven g : m.given()) {
            assertTrue(g.quantity() > 0);
            assertNull(g.personId());
            assertTrue(categories.add(g.category()), "a category once per distribution");
        }
    }

    private static DemoKits.Drawn drawn() {
        return KitsDemo.draw(new Random(2020_04_01), DemoData.AS_OF, REGIONS, CENTRES, ASSOCIATIONS);
    }

    private static String province(KitHolder holder) {
        return holder.type() == KitHolder.Type.CENTRE
                ? CENTRES.stream().filter(c -> c.id() == holder.id()).findFirst().orElseThrow().provinceCode()
                : ASSOCIATIONS.stream().filter(a -> a.id() == holder.id()).findFirst().orElseThrow().provinceCode();
    }

    private static List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (int r = 1; r <= 12; r++) {
            regions.add(new Region("MA-%02d".formatted(r), "جهة " + r, "Région " + r));
        }
        return regions;
    }

    private static List<CentreCard> centres() {
        List<CentreCard> centres = new ArrayList<>();
        for (int r = 1; r <= 11; r++) {
            for (int c = 0; c < 2 + r % 5; c++) {
                long id = r * 100L + c;
                CentreType type = TYPES.get(c % TYPES.size());
                centres.add(new CentreCard(id, "C" + id, "مركز " + id, "Centre " + id, type, CentreStatus.OPEN,
                        "MA-%02d".formatted(r), "%02d%d".formatted(r, c % 3), type.residential() ? 20 : null));
            }
        }
        return centres;
    }

    private static List<AssociationCard> associations() {
        List<AssociationCard> associations = new ArrayList<>();
        AssociationStatus[] statuses = {AssociationStatus.ACTIVE, AssociationStatus.SUSPENDED,
            AssociationStatus.WARNED, AssociationStatus.BLACKLISTED};
        for (int r = 1; r <= 11; r++) {
            for (int a = 0; a < 4; a++) {
                long id = 5_000L + r * 10 + a;
                associations.add(new AssociationCard(id, "A-" + id, "جمعية " + id, "Association " + id,
                        "MA-%02d".formatted(r), "%02d%d".formatted(r, a % 2), statuses[a]));
            }
        }
        return associations;
    }
}
