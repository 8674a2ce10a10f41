package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/**
 * A movement as the list shows it, holders named in the reader's script; {@code reversedBy} is the reversal
 * that undid it (null if none).
 */
public record KitMovementRow(long id, KitMove kind, KitKind kitKind, int quantity, LocalDate movedOn,
                             KitHolder from, String fromName, KitHolder to, String toName, KitSource source,
                             String reference, String note, Long reversesId, Long reversedBy, String givenSummary,
                             String recordedBy, LocalDateTime recordedAt) implements Keyed {
    /** Newest first: by day, then id. */
    @Override
    public PageKey keyUnder(String sortField) {
        return new PageKey(java.util.List.of(movedOn), id);
    }
}
