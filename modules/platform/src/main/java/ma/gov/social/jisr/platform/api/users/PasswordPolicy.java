package ma.gov.social.jisr.platform.api.users;

import java.util.Locale;
import java.util.Optional;

/**
 * The password rule, shared by screens (to explain it) and services (to enforce it).
 * Length matters most (NIST SP 800-63B); a letter and a digit keep out the worst guesses.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty if it is acceptable. */
    public static Optional<String> violation(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            return Optional.of("password.needsLetterAndDigit");
        }
        if (username != null && !username.isBlank()
                && new String(password).toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
