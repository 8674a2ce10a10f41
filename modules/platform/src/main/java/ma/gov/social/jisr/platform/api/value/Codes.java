package ma.gov.social.jisr.platform.api.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum values as one column ("PHYSICAL,SEXUAL"): what a form's check boxes hold, in any module. */
public final class Codes {
    private Codes() {
    }

    public static String join(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(v -> Enum.valueOf(type, v)).forEach(values::add);
        }
        return values;
    }
}
