package ma.gov.social.jisr.women.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.women.api.KitCategory;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitMove;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class KitRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void aQuantityIsAtLeastOneAndAtMostTheLargestMovement() {
        refused("kits.quantity.positive", () -> KitRules.quantity(0));
        refused("kits.quantity.positive", () -> KitRules.quantity(-3));
        assertDoesNotThrow(() -> KitRules.quantity(1));
        assertDoesNotThrow(() -> KitRules.quantity(KitRules.MOST_IN_ONE_MOVEMENT));
        JisrException tooMany = refused("kits.quantity.tooMany",
                () -> KitRules.quantity(KitRules.MOST_IN_ONE_MOVEMENT + 1));
        assertArrayEquals(new Object[] {KitRules.MOST_IN_ONE_MOVEMENT}, tooMany.arguments(), "says the largest");
    }

    @Test
    void aDayIsGivenNotInTheFutureAndNotBeforeTheFirstKits() {
        refused("kits.date.required", () -> KitRules.day(null, TODAY));
        refused("kits.date.future", () -> KitRules.day(TODAY.plusDays(1), TODAY));
        JisrException early = refused("kits.date.tooEarly", () -> KitRules.day(LocalDate.of(2019, 12, 31), TODAY));
        assertArrayEquals(new Object[] {LocalDate.of(2020, 1, 1)}, early.arguments(), "says the first day");
        assertDoesNotThrow(() -> KitRules.day(TODAY, TODAY));
        assertDoesNotThrow(() -> KitRules.day(LocalDate.of(2020, 1, 1), TODAY));
    }

    @Test
    void aTransferGoesToAnotherRegion() {
        refused("kits.transfer.sameRegion", () -> KitRules.transfer("MA-04", "MA-04"));
        refused("kits.transfer.sameRegion", () -> KitRules.transfer("MA-04", null));
        assertDoesNotThrow(() -> KitRules.transfer("MA-04", "MA-06"));
    }

    @Test
    void aDistributionHasLinesEachWithACategoryAndAQuantity() {
        refused("kits.given.required", () -> KitRules.total(List.of()));
        refused("kits.given.required", () -> KitRules.total(null));
        refused("kits.given.category", () -> KitRules.total(List.of(KitGiven.counted(KitCategory.PREGNANT, 2),
                new KitGiven(null, 3, null))));
        refused("kits.quantity.positive", () -> KitRules.total(List.of(KitGiven.counted(KitCategory.PREGNANT, 2),
                KitGiven.counted(KitCategory.MIGRANT, 0))));
    }

    @Test
    void aNamedWomanGetsOneKitOnce() {
        refused("kits.given.personOnce", () -> KitRules.total(List.of(new KitGiven(KitCategory.VIOLENCE_VICTIM, 2,
                41L))));
        refused("kits.given.personOnce", () -> KitRules.total(List.of(KitGiven.toPerson(KitCategory.VIOLENCE_VICTIM,
                41L), KitGiven.counted(KitCategory.SHELTERED, 3), KitGiven.toPerson(KitCategory.PREGNANT, 41L))));
        assertEquals(2, KitRules.total(List.of(KitGiven.toPerson(KitCategory.VIOLENCE_VICTIM, 41L),
                KitGiven.toPerson(KitCategory.VIOLENCE_VICTIM, 42L))), "two women, one kit each");
    }

    @Test
    void theTotalCountsEveryLine() {
        assertEquals(15, KitRules.total(List.of(KitGiven.counted(KitCategory.VIOLENCE_VICTIM, 3),
                KitGiven.counted(KitCategory.PREGNANT, 4), KitGiven.toPerson(KitCategory.SHELTERED, 7L),
                KitGiven.counted(KitCategory.HEALTH_STAFF, 7))));
        assertEquals(1, KitRules.total(List.of(KitGiven.counted(KitCategory.MIGRANT, 1))));
    }

    @Test
    void theLinesTogetherMayNotExceedTheLargestMovement() {
        refused("kits.quantity.tooMany", () -> KitRules.total(List.of(
                KitGiven.counted(KitCategory.PREGNANT, KitRules.MOST_IN_ONE_MOVEMENT),
                KitGiven.counted(KitCategory.MIGRANT, 1))));
        assertEquals(KitRules.MOST_IN_ONE_MOVEMENT, KitRules.total(List.of(
                KitGiven.counted(KitCategory.PREGNANT, KitRules.MOST_IN_ONE_MOVEMENT - 1),
                KitGiven.counted(KitCategory.MIGRANT, 1))));
    }

    @Test
    void aHolderGivesAllItHasButNotOneMoreAndIsToldWhatItHas() {
        assertDoesNotThrow(() -> KitRules.take(5, 5));
        assertDoesNotThrow(() -> KitRules.take(5, 4));
        JisrException beyond = refused("kits.beyondStock", () -> KitRules.take(5, 6));
        assertEquals(Arrays.asList(6, 5), Arrays.asList(beyond.arguments()), "wanted, then available");
        JisrException empty = refused("kits.beyondStock", () -> KitRules.take(0, 1));
        assertEquals(Arrays.asList(1, 0), Arrays.asList(empty.arguments()));
    }

    @Test
    void aMovementIsReversedOnceAndAReversalNever() {
        refused("kits.reverse.ofReversal", () -> KitRules.reversible(KitMove.REVERSAL, null));
        refused("kits.reverse.already", () -> KitRules.reversible(KitMove.DISTRIBUTION, 1234L));
        for (KitMove kind : List.of(KitMove.RECEIPT, KitMove.TRANSFER, KitMove.ALLOCATION, KitMove.DISTRIBUTION)) {
            assertDoesNotThrow(() -> KitRules.reversible(kind, null), kind.name());
        }
    }

    @Test
    void aReversalSaysWhy() {
        refused("kits.reverse.reasonRequired", () -> KitRules.reason(null));
        refused("kits.reverse.reasonRequired", () -> KitRules.reason(""));
        refused("kits.reverse.reasonRequired", () -> KitRules.reason(" \t\n "));
        refused("kits.note.tooLong", () -> KitRules.reason("x".repeat(501)));
        assertEquals("Saisie en double", KitRules.reason("  Saisie en double \n"));
        assertEquals(500, KitRules.reason(" " + "x".repeat(500) + " ").length());
    }

    @Test
    void aNoteIsOptionalAndKeptStripped() {
        assertEquals(null, KitRules.note(null));
        assertEquals(null, KitRules.note("   "));
        assertEquals("Don UNFPA", KitRules.note(" Don UNFPA "));
        refused("kits.note.tooLong", () -> KitRules.note("x".repeat(501)));
    }

    /** The refusal {@code rules} throws, which must carry {@code key}. */
    private static JisrException refused(String key, Executable rules) {
        JisrException refusal = assertThrows(JisrException.class, rules);
        assertEquals(key, refusal.messageKey());
        return refusal;
    }
}
