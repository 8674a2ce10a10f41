package ma.gov.social.jisr.platform.api.imports;

import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;

/** Why one line of an imported file was refused: a bundle key and its arguments, never a sentence. */
public record ImportProblem(long line, String messageKey, List<Object> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** The same refusal a form would get, placed on a line of the file. */
    public static ImportProblem of(long line, JisrException refusal) {
        return new ImportProblem(line, refusal.messageKey(), List.of(refusal.arguments()));
    }

    public static ImportProblem of(long line, String messageKey, Object... arguments) {
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}
