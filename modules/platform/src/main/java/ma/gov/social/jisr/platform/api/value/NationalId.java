package ma.gov.social.jisr.platform.api.value;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moroccan national identity card number (CIN): one or two Latin letters, then up to six digits,
 * as issued (e.g. "A123456", "BK654321"). Spaces and case are forgiven; anything else is refused.
 */
public record NationalId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");

    public NationalId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CIN: " + value);
        }
    }

    /** Normalises what a person typed; empty when it cannot be a CIN. */
    public static Optional<NationalId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(compact).matches() ? Optional.of(new NationalId(compact)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
