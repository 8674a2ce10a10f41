package ma.gov.social.jisr.platform.api.files;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * What a file is, read from its bytes (Apache Tika's magic numbers), never from its name or the browser's
 * word: a script renamed "certificate.pdf" is refused. Only PDF, JPEG and PNG are accepted:
 * what staff attach to a case, a submission or a report. Every upload of the application passes here.
 */
public final class ContentCheck {
    /** Accepted types and the extension a download gets. */
    public static final Map<String, String> ACCEPTED = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png");
    private static final Tika TIKA = new Tika();

    private ContentCheck() {
    }

    /** The fingerprint kept with a stored file, so that a copy changed outside the application shows. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accepted type of the content, or empty. */
    public static Optional<String> acceptedType(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String type = TIKA.detect(content);
        return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** A file name safe for a download header and a file system: letters, digits, dot, dash, underscore. */
    public static String safeName(String name, String type) {
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
