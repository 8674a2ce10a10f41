package ma.gov.social.jisr.platform.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    @ParameterizedTest
    @CsvSource({"A123456,A123456", "bk654321,BK654321", " BE 12345 ,BE12345", "j-1234,J1234"})
    void normalisesWhatPeopleType(String typed, String expected) {
        assertEquals(expected, NationalId.parse(typed).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "ABC12345", "A1234567", "AB", "A12B34", "Ä123456", "A12345.6"})
    void refusesWhatCannotBeACin(String typed) {
        assertTrue(NationalId.parse(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a123456", "A 123"})
    void constructorOnlyTakesNormalisedValues(String raw) {
        assertThrows(IllegalArgumentException.class, () -> new NationalId(raw));
    }
}
