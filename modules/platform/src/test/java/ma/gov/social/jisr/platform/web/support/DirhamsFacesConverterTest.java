package ma.gov.social.jisr.platform.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DirhamsFacesConverterTest {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    @Test
    void aPlainAmountReadsTheSameInEveryLanguage() {
        for (Locale locale : new Locale[] {FRENCH, Locale.ENGLISH, ARABIC}) {
            assertEquals(new BigDecimal("512000.5"), DirhamsFacesConverter.amount("512000.5", locale));
            assertEquals(new BigDecimal("5000000"), DirhamsFacesConverter.amount(" 5000000 ", locale));
        }
    }

    @Test
    void anAmountWrittenTheLanguagesWayIsRead() {
        assertEquals(0, new BigDecimal("1250000.50").compareTo(DirhamsFacesConverter.amount("1 250 000,50", FRENCH)));
        assertEquals(0, new BigDecimal("1250000.50").compareTo(DirhamsFacesConverter.amount("1\u202F250\u202F000,50 MAD",
                FRENCH)));
        assertEquals(0, new BigDecimal("1250000.50").compareTo(DirhamsFacesConverter.amount("1,250,000.50",
                Locale.ENGLISH)));
    }

    @Test
    void whatIsNotAnAmountIsNotRead() {
        assertNull(DirhamsFacesConverter.amount("douze", FRENCH));
        assertNull(DirhamsFacesConverter.amount("12,5x", FRENCH));
        assertNull(DirhamsFacesConverter.amount("1.2.3", Locale.ENGLISH));
    }
}
