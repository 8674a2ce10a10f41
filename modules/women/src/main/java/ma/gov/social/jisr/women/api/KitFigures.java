package ma.gov.social.jisr.women.api;

import java.util.List;

/**
 * The kit report's counts, reversed movements left out. {@code key} is a code the screen translates (region,
 * province, category, kind) or, for partners, the holder's code with its {@code name} in the reader's script.
 */
public record KitFigures(long received, long transferred, long allocated, long distributed, long onHand,
                         List<Count> receivedByRegion, List<Count> allocatedByProvince,
                         List<Count> distributedByCategory, List<Count> distributedByRegion,
                         List<Count> distributedByProvince, List<Count> distributedByPartner,
                         List<Count> onHandByRegion, List<KindLine> byKind) {
    /** One kind of kit over the period: received, allocated, distributed, and on hand today. */
    public record KindLine(KitKind kind, long received, long allocated, long distributed, long onHand) {
    }

    public record Count(String key, String name, long value) {
    }
}
