package ma.gov.social.jisr.women.api;

import java.io.Serializable;

/** A line of a distribution: so many kits to a category, or one kit to a woman of the persons registry. */
public record KitGiven(KitCategory category, int quantity, Long personId) implements Serializable {
    public static KitGiven counted(KitCategory category, int quantity) {
        return new KitGiven(category, quantity, null);
    }

    public static KitGiven toPerson(KitCategory category, long personId) {
        return new KitGiven(category, 1, personId);
    }
}
