package ma.gov.social.jisr.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user can act on. It carries a message key of the bundles, never a sentence,
 * so that screens show it in the user's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class JisrException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<Object> arguments;

    /** An argument that is itself a bundle key (a status, a kind of document): shown translated. */
    public record Word(String key) implements java.io.Serializable {
    }

    public JisrException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
