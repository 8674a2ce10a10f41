package ma.gov.social.jisr.casework.internal;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * What a file is, read from its bytes (Apache Tika's magic numbers), never from its name or the browser's
 * word: a script renamed "certificate.pdf" is refused. Only what staff attach to a case is accepted.
 */
final class ContentCheck {
    /** Accepted types and the extension a download gets. */
    static final Map<String, String> ACCEPTED = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png");
    private static final Tika TIKA = new Tika();

    private ContentCheck() {
    }

    /** The accepted type of the content, or empty. */
    static Optional<String> acceptedType(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String type = TIKA.detect(content);
        return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** A file name safe for a download header and a file system: letters, digits, dot, dash, underscore. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        if (base.isBlank() || base.equals("_")) {
            base = "document";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + "." + ACCEPTED.get(type);
    }
}
