package ma.gov.social.jisr.platform.api.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static Optional<String> check(String password) {
        return PasswordPolicy.violation(password.toCharArray(), "amina");
    }

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertTrue(check("bridge-to-2026-families").isEmpty());
        assertTrue(check("جسر الأسرة 2026").isEmpty(), "Arabic letters count as letters");
    }

    @Test
    void namesTheRuleThatIsBroken() {
        assertEquals(Optional.of("password.tooShort"), check("Short-1"));
        assertEquals(Optional.of("password.needsLetterAndDigit"), check("only-letters-here"));
        assertEquals(Optional.of("password.needsLetterAndDigit"), check("1234567890123"));
        assertEquals(Optional.of("password.containsUsername"), check("AMINA-2026-rabat"));
        assertEquals(Optional.of("password.tooLong"), check("a1".repeat(65)));
    }
}
