package ma.gov.social.jisr.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the audit log keeps of a login name that matches no account: never the text, since people type
 * their password into that field, and a text such as =HYPERLINK(...) would land in the audit's CSV export.
 * A short keyed hash (HMAC-SHA256, key drawn at start and held only in memory) lets an auditor see that
 * the same unknown name came back, within one server's run, without anyone being able to recover it.
 */
final class UnknownAccountName {
    /** Stored as the event's user name. */
    static final String LABEL = "(unknown account)";

    private static final byte[] KEY = randomKey();

    private UnknownAccountName() {
    }

    /** Eight hex digits, the same for the same text within this run. */
    static String tag(String typed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(typed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The audit detail of a refused unknown name. */
    static String detail(String typed) {
        return "unknown account (tag " + tag(typed) + ")";
    }
}
