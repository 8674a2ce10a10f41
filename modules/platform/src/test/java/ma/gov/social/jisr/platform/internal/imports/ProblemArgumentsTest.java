package ma.gov.social.jisr.platform.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemArgumentsTest {
    @Test
    void argumentsComeBackWithTheirTypeSoThatMessagesFormatThemAsBefore() {
        List<Object> arguments = List.of("sex", 1900, 12_000_000_000L, new BigDecimal("12.50"), "");
        List<Object> back = ProblemArguments.decode(ProblemArguments.encode(arguments));
        assertEquals(arguments, back);
        assertEquals(Integer.class, back.get(1).getClass());
    }

    @Test
    void noArgumentsIsAnEmptyList() {
        assertEquals(List.of(), ProblemArguments.decode(ProblemArguments.encode(List.of())));
    }

    @Test
    void aValueFromTheFileCannotSplitItselfAndALongOneIsCut() {
        String sneaky = "a\u001Fi12";
        assertEquals(List.of("a i12"), ProblemArguments.decode(ProblemArguments.encode(List.of(sneaky))));
        String encoded = ProblemArguments.encode(List.of("x".repeat(5000), "y".repeat(5000), "z".repeat(5000),
                "w".repeat(5000), "v".repeat(5000), "u".repeat(5000), "t".repeat(5000), "s".repeat(5000)));
        assertTrue(encoded.length() <= ProblemArguments.MAX_LENGTH);
        assertEquals("x".repeat(300), ProblemArguments.decode(encoded).get(0));
    }
}
