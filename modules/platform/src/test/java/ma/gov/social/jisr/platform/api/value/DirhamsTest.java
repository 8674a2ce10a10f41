package ma.gov.social.jisr.platform.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DirhamsTest {

    @Test
    void addsExactlyToTheCentime() {
        Dirhams sum = Dirhams.of("0.10");
        for (int i = 0; i < 9; i++) {
            sum = sum.plus(Dirhams.of("0.10"));
        }
        assertEquals(Dirhams.of("1.00"), sum);
        assertEquals(Dirhams.of(1), sum);
    }

    @Test
    void refusesFractionsOfACentimeInsteadOfRounding() {
        assertThrows(IllegalArgumentException.class, () -> Dirhams.of("10.005"));
    }

    @Test
    void acceptsTrailingZerosBeyondTheCentime() {
        assertEquals(Dirhams.of("10.5"), Dirhams.of("10.5000"));
    }

    @Test
    void subtractsMultipliesAndCompares() {
        Dirhams tranche = Dirhams.of("12500.50");
        assertEquals(Dirhams.of("37501.50"), tranche.times(3));
        assertTrue(Dirhams.of(100).minus(Dirhams.of("100.01")).isNegative());
        assertTrue(Dirhams.of(2).compareTo(Dirhams.of("1.99")) > 0);
    }

    @Test
    void formatsForFrenchScreens() {
        assertEquals("1\u202f234,50 MAD", Dirhams.of("1234.5").format(Locale.FRANCE));
    }

    @Test
    void convertsToAndFromCentimesExactly() {
        assertEquals(Dirhams.of("1234.05"), Dirhams.ofCentimes(123405));
        assertEquals(123405, Dirhams.of("1234.05").centimes());
        assertEquals(-5, Dirhams.of("-0.05").centimes());
    }

    @Test
    void sharesRoundDownSoThatPartsNeverExceedTheWhole() {
        Dirhams whole = Dirhams.of(100);
        Dirhams third = whole.share(1, 3);
        assertEquals(Dirhams.of("33.33"), third);
        assertTrue(third.times(3).compareTo(whole) <= 0);
    }
}
