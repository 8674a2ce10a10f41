package ma.gov.social.jisr.platform.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({"0612345678,+212612345678", "+212 7 12 34 56 78,+212712345678", "00212537123456,+212537123456",
            "06.12.34.56.78,+212612345678"})
    void keepsE164(String typed, String expected) {
        assertEquals(expected, PhoneNumber.parse(typed).orElseThrow().e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"612345678", "061234567", "06123456789", "0412345678", "+33612345678", "0912345678"})
    void refusesNonMoroccanOrMalformedNumbers(String typed) {
        assertTrue(PhoneNumber.parse(typed).isEmpty(), typed);
    }

    @Test
    void writesTheNationalForm() {
        assertEquals("06 12 34 56 78", PhoneNumber.parse("+212612345678").orElseThrow().national());
    }
}
