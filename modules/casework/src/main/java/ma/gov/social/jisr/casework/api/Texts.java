package ma.gov.social.jisr.casework.api;

import ma.gov.social.jisr.platform.api.JisrException;

/**
 * Free text on a case as the kernel and the modules on it keep it: trimmed, empty as null, refused (not cut)
 * when too long.
 */
public final class Texts {
    private Texts() {
    }

    public static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new JisrException("casework.text.tooLong", max);
        }
        return t;
    }

    public static String required(String text, int max, String key) {
        String t = clip(text, max);
        if (t == null) {
            throw new JisrException(key);
        }
        return t;
    }
}
