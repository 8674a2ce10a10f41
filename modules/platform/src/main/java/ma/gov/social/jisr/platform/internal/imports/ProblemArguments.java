package ma.gov.social.jisr.platform.internal.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of an import problem as one column, keeping their type: a number must come back a
 * number, or the message would format it differently once the report is read from the database.
 */
final class ProblemArguments {
    static final int MAX_LENGTH = 2000;
    private static final char SEPARATOR = '\u001F';
    private static final int MAX_TEXT = 300;

    private ProblemArguments() {
    }

    static String encode(List<Object> arguments) {
        StringBuilder out = new StringBuilder();
        for (Object a : arguments) {
            if (!out.isEmpty()) {
                out.append(SEPARATOR);
            }
            if (a instanceof Integer || a instanceof Short || a instanceof Byte) {
                out.append('i').append(a);
            } else if (a instanceof Long) {
                out.append('l').append(a);
            } else if (a instanceof BigDecimal) {
                out.append('d').append(((BigDecimal) a).toPlainString());
            } else {
                String text = String.valueOf(a).replace(SEPARATOR, ' ');
                out.append('s').append(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
    }

    static List<Object> decode(String column) {
        List<Object> arguments = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return arguments;
        }
        for (String part : column.split(String.valueOf(SEPARATOR), -1)) {
            String value = part.isEmpty() ? "" : part.substring(1);
            char type = part.isEmpty() ? 's' : part.charAt(0);
            try {
                arguments.add(switch (type) {
                    case 'i' -> Integer.valueOf(value);
                    case 'l' -> Long.valueOf(value);
                    case 'd' -> new BigDecimal(value);
                    default -> value;
                });
            } catch (NumberFormatException cut) { // only a truncated last argument can get here
                arguments.add(value);
            }
        }
        return arguments;
    }
}
