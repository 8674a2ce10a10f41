package ma.gov.social.jisr.platform.api.value;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A Moroccan bank account number (RIB, "relevé d'identité bancaire"): 24 digits, the bank (3), the city (3),
 * the account (16) and a two-digit key from 01 to 97 chosen so that the whole number is a multiple of 97.
 * A typing error in any one digit, or two digits swapped, changes the remainder: the key catches it.
 */
public record Rib(String value) {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Rib {
        if (value == null || !value.matches("[0-9]{24}") || problem(value).isPresent()) {
            throw new IllegalArgumentException("not a valid RIB");
        }
    }

    /** Normalises what a person typed (spaces and dashes forgiven); empty when it is not a valid RIB. */
    public static Optional<Rib> parse(String typed) {
        String compact = compact(typed);
        return problem(compact).isEmpty() ? Optional.of(new Rib(compact)) : Optional.empty();
    }

    /**
     * Why what a person typed is not a valid RIB, as a message key of the platform's bundle
     * ("rib.length", "rib.digits", "rib.key"), or empty when it is one.
     */
    public static Optional<String> problem(String typed) {
        String compact = compact(typed);
        if (compact.length() != 24) {
            return Optional.of(compact.chars().allMatch(Character::isDigit) ? "rib.length" : "rib.digits");
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("rib.digits");
        }
        int key = Integer.parseInt(compact.substring(22));
        if (key < 1 || key > 97 || new BigInteger(compact).mod(NINETY_SEVEN).signum() != 0) {
            return Optional.of("rib.key");
        }
        return Optional.empty();
    }

    /** The key that completes 22 digits (bank, city, account) into a valid RIB. */
    public static String keyFor(String first22) {
        if (first22 == null || !first22.matches("[0-9]{22}")) {
            throw new IllegalArgumentException("22 digits expected");
        }
        int rest = new BigInteger(first22 + "00").mod(NINETY_SEVEN).intValue();
        return "%02d".formatted(97 - rest);
    }

    /**
     * The international form a payment file carries: "MA", two check digits (ISO 13616: the number with "MA00"
     * moved to its end, letters as numbers, 98 minus its remainder by 97), then the 24 digits of the RIB.
     */
    public String iban() {
        int rest = new BigInteger(value + "2210" + "00").mod(NINETY_SEVEN).intValue(); // M = 22, A = 10
        return "MA%02d%s".formatted(98 - rest, value);
    }

    public String bankCode() {
        return value.substring(0, 3);
    }

    /** Grouped as printed on a RIB: bank, city, account, key. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 22) + " "
                + value.substring(22);
    }

    /** The last four digits of the account and the key, for lists and logs that must not show the whole RIB. */
    public String masked() {
        return "…" + value.substring(18);
    }

    private static String compact(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    @Override
    public String toString() {
        return masked();
    }
}
