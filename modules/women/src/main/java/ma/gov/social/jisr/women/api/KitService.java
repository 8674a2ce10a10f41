package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;

/**
 * Salama health kits. Regional coordinators receive kits into their region's store, transfer them to another
 * region and allocate them to centres and partner associations; the women's case workers, coordinators and
 * partnership officers record what a centre or an association distributed. Each act is one movement, never
 * edited: {@link #reverse} undoes one. Stock never goes below zero, even for two distributions of the last
 * kits at the same moment: one is refused, with what is left. All within the caller's territory.
 */
public interface KitService {
    long receive(String regionCode, KitKind kind, int quantity, LocalDate on, KitSource source, String reference,
                 String note);

    long transfer(String fromRegion, String toRegion, KitKind kind, int quantity, LocalDate on, String note);

    /** From a region's store to one of its centres or a partner association of the region. */
    long allocate(String fromRegion, KitHolder to, KitKind kind, int quantity, LocalDate on, String note);

    /** What a centre or an association gave, by category (and to named women of the registry). */
    long distribute(KitHolder from, KitKind kind, LocalDate on, List<KitGiven> given, String note);

    /** Undoes a movement with a movement the other way, once; refused if the kits are no longer there. */
    long reverse(long movementId, String reason);

    /** Stock on hand in the caller's territory (a region's, or all), holders named in the reader's script. */
    List<KitStockRow> stock(String regionCode);

    int available(KitHolder holder, KitKind kind);

    List<KitMovementRow> movements(KitFilter filter, PageRequest page);

    long count(KitFilter filter);

    /** Received, allocated, distributed (by category, region, province, partner) and on hand. */
    KitFigures figures(String regionCode, KitKind kind, LocalDate from, LocalDate to);

    /** Audits a report's export (and refuses one outside the caller's territory). */
    void exporting(String regionCode, LocalDate from, LocalDate to, String format);
}
