package ma.gov.social.jisr.platform.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RibTest {
    /** Bank 011 (BMCE), city 780 (Rabat), account 0000123456789012: key 97 - (…00 mod 97). */
    private static final String FIRST_22 = "0117800000123456789012";

    @Test
    void theKeyMakesTheWholeNumberAMultipleOf97() {
        String key = Rib.keyFor(FIRST_22);
        Rib rib = Rib.parse(FIRST_22 + key).orElseThrow();
        assertEquals(0, new java.math.BigInteger(rib.value()).mod(java.math.BigInteger.valueOf(97)).intValue());
        assertEquals("011 780 0000123456789012 " + key, rib.formatted());
        assertEquals("011", rib.bankCode());
    }

    @Test
    void spacesAndDashesAreForgiven() {
        String key = Rib.keyFor(FIRST_22);
        assertEquals(FIRST_22 + key, Rib.parse("011 780-0000123456789012 " + key).orElseThrow().value());
    }

    @Test
    void aWrongKeyADigitMistypedOrTwoDigitsSwappedAreRefused() {
        String good = FIRST_22 + Rib.keyFor(FIRST_22);
        String wrongKey = good.substring(0, 22) + "%02d".formatted(Integer.parseInt(good.substring(22)) % 97 + 1);
        String mistyped = good.substring(0, 10) + (char) ('0' + (good.charAt(10) - '0' + 1) % 10) + good.substring(11);
        String swapped = good.substring(0, 14) + good.charAt(15) + good.charAt(14) + good.substring(16);
        assertEquals(Optional.of("rib.key"), Rib.problem(wrongKey));
        assertEquals(Optional.of("rib.key"), Rib.problem(mistyped));
        assertTrue(good.charAt(14) == good.charAt(15) || Rib.problem(swapped).equals(Optional.of("rib.key")));
        assertEquals(Optional.empty(), Rib.problem(good));
    }

    @Test
    void theLengthAndTheDigitsAreCheckedFirst() {
        assertEquals(Optional.of("rib.length"), Rib.problem("01178000001234"));
        assertEquals(Optional.of("rib.digits"), Rib.problem("0117800000123456789O12AB"));
        assertEquals(Optional.of("rib.length"), Rib.problem(null));
        assertEquals(Optional.of("rib.key"), Rib.problem("000000000000000000000000"), "key 00 is not a key");
        assertThrows(IllegalArgumentException.class, () -> new Rib("011780000012345678901200"));
    }

    @Test
    void theIbanIsTheRibBehindMoroccosCountryCodeAndCheckDigits() {
        // the example of the IBAN registry published by SWIFT for Morocco
        assertEquals("MA64011519000001205000534921", new Rib("011519000001205000534921").iban());
        String iban = new Rib("011780000012345678901296").iban();
        assertEquals(28, iban.length());
        assertEquals(1, new java.math.BigInteger(iban.substring(4) + "2210" + iban.substring(2, 4)).mod(
                java.math.BigInteger.valueOf(97)).intValue(), "an IBAN leaves 1 by 97: " + iban);
    }

    @Test
    void listsShowOnlyTheEnd() {
        Rib rib = Rib.parse(FIRST_22 + Rib.keyFor(FIRST_22)).orElseThrow();
        assertEquals("…" + rib.value().substring(18), rib.masked());
        assertEquals(rib.masked(), rib.toString(), "a RIB logged by mistake is masked");
    }
}
