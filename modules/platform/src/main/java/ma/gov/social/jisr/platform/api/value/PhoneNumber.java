package ma.gov.social.jisr.platform.api.value;

import java.util.Optional;

/**
 * A Moroccan phone number kept in E.164 form (+212 and nine digits, the first 5 to 8: fixed lines
 * start with 5, mobiles with 6 or 7). Accepts "0612345678", "+212 6 12 34 56 78", "00212612345678".
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+212[5-8][0-9]{8}")) {
            throw new IllegalArgumentException("not a Moroccan number in E.164 form: " + e164);
        }
    }

    public static Optional<PhoneNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.()-]", "");
        String national;
        if (digits.startsWith("+212")) {
            national = digits.substring(4);
        } else if (digits.startsWith("00212")) {
            national = digits.substring(5);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return national.matches("[5-8][0-9]{8}") ? Optional.of(new PhoneNumber("+212" + national))
                : Optional.empty();
    }

    /** The way Moroccans write it: 06 12 34 56 78. */
    public String national() {
        String n = "0" + e164.substring(4);
        return String.join(" ", n.substring(0, 2), n.substring(2, 4), n.substring(4, 6),
                n.substring(6, 8), n.substring(8, 10));
    }

    @Override
    public String toString() {
        return e164;
    }
}
