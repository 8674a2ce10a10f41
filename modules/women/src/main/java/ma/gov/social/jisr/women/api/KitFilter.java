package ma.gov.social.jisr.women.api;

import java.time.LocalDate;

/** What the movements list is narrowed to; null means any. The caller's territory always applies. */
public record KitFilter(String regionCode, KitMove kind, KitKind kitKind, LocalDate from, LocalDate to) {
    public static KitFilter none() {
        return new KitFilter(null, null, null, null, null);
    }
}
