package ma.gov.social.jisr.women.api;

import java.io.Serializable;

/** Who holds kits: a region's store (key = region code), a centre or a partner association (key = its id). */
public record KitHolder(Type type, String key) implements Serializable {
    public enum Type {
        REGION, CENTRE, ASSOCIATION
    }

    public KitHolder {
        if (type == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a holder has a type and a key");
        }
    }

    public static KitHolder region(String regionCode) {
        return new KitHolder(Type.REGION, regionCode);
    }

    public static KitHolder centre(long centreId) {
        return new KitHolder(Type.CENTRE, Long.toString(centreId));
    }

    public static KitHolder association(long associationId) {
        return new KitHolder(Type.ASSOCIATION, Long.toString(associationId));
    }

    /** "CENTRE:12": how a screen's select sends a holder. */
    public String code() {
        return type + ":" + key;
    }

    public static KitHolder ofCode(String code) {
        int colon = code == null ? -1 : code.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a holder: " + code);
        }
        return new KitHolder(Type.valueOf(code.substring(0, colon)), code.substring(colon + 1));
    }

    public long id() {
        return Long.parseLong(key);
    }
}
