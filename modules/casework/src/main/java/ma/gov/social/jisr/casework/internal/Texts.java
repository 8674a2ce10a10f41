package ma.gov.social.jisr.casework.internal;

import ma.gov.social.jisr.platform.api.JisrException;

/** Free text as the kernel keeps it: trimmed, empty as null, refused (not cut) when too long. */
final class Texts {
    private Texts() {
    }

    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new JisrException("casework.text.tooLong", max);
        }
        return t;
    }

    static String required(String text, int max, String key) {
        String t = clip(text, max);
        if (t == null) {
            throw new JisrException(key);
        }
        return t;
    }
}
