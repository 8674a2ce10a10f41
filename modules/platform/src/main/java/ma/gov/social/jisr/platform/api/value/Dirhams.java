package ma.gov.social.jisr.platform.api.value;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in Moroccan dirhams (MAD), exact to the centime. Amounts with finer precision are refused
 * rather than rounded: money the ministry pays must never appear or vanish through rounding.
 */
public record Dirhams(BigDecimal amount) implements Comparable<Dirhams>, java.io.Serializable {
    public static final Dirhams ZERO = new Dirhams(BigDecimal.ZERO);

    public Dirhams {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more precise than a centime: " + amount);
        }
        amount = amount.setScale(2);
    }

    public static Dirhams of(String amount) {
        return new Dirhams(new BigDecimal(amount.trim()));
    }

    public static Dirhams of(long wholeDirhams) {
        return new Dirhams(BigDecimal.valueOf(wholeDirhams));
    }

    /** From a count of centimes, as some tables keep money (exact integers that sum fast). */
    public static Dirhams ofCentimes(long centimes) {
        return new Dirhams(BigDecimal.valueOf(centimes, 2));
    }

    /** The amount in centimes, exactly. */
    public long centimes() {
        return amount.movePointRight(2).longValueExact();
    }

    /** Part of the amount, rounded down to the centime: what a share may spend never exceeds its part. */
    public Dirhams share(long numerator, long denominator) {
        return new Dirhams(amount.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, java.math.RoundingMode.FLOOR));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Dirhams plus(Dirhams other) {
        return new Dirhams(amount.add(other.amount));
    }

    public Dirhams minus(Dirhams other) {
        return new Dirhams(amount.subtract(other.amount));
    }

    public Dirhams times(long factor) {
        return new Dirhams(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Dirhams other) {
        return amount.compareTo(other.amount);
    }

    /** Formatted for a screen in the given language, e.g. "1 234,50 MAD" in French. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " MAD";
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " MAD";
    }
}
