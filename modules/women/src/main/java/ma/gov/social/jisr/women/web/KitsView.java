package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;
import ma.gov.social.jisr.women.api.KitFilter;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitMovementRow;
import ma.gov.social.jisr.women.api.KitService;
import ma.gov.social.jisr.women.api.KitStockRow;

/**
 * Salama kits of the caller's territory: what each store, centre and association holds, and every movement
 * (newest first, paged by key), which a coordinator can undo with a reversal and its reason.
 */
@Named
@ViewScoped
public class KitsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private KitService kits;

    private String regionCode;
    private KitMove kind;
    private KitKind kitKind;
    private Long reversing;
    private String reason;
    private transient List<KitStockRow> stock;
    private final PagedModel<KitMovementRow> movements = new PagedModel<>(
            page -> kits.movements(filter(), page), () -> kits.count(filter()), r -> Long.toString(r.id()));

    private KitFilter filter() {
        return new KitFilter(regionCode, kind, kitKind, null, null);
    }

    public void search() {
        stock = null;
        movements.refresh();
    }

    public List<KitStockRow> getStock() {
        if (stock == null) {
            try {
                stock = kits.stock(regionCode);
            } catch (JisrException refusal) {
                Messages.error(refusal);
                stock = List.of();
            }
        }
        return stock;
    }

    public long getOnHand() {
        return getStock().stream().mapToLong(KitStockRow::quantity).sum();
    }

    public void startReversal(long movementId) {
        reversing = movementId;
        reason = null;
    }

    public void reverse() {
        try {
            kits.reverse(reversing, reason);
            Messages.info("kits.reversed");
            reversing = null;
            search();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** "VIOLENCE_VICTIM:3,PREGNANT:2" as the list shows it, categories in the reader's words. */
    public String given(KitMovementRow row) {
        if (row.givenSummary() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String part : row.givenSummary().split(",")) {
            String[] kv = part.split(":");
            text.append(text.length() == 0 ? "" : " · ").append(Messages.text("kitCategory." + kv[0]))
                    .append(' ').append(kv.length > 1 ? kv[1] : "");
        }
        return text.toString();
    }

    public KitMove[] getKinds() {
        return KitMove.values();
    }

    public KitKind[] getKitKinds() {
        return KitKind.values();
    }

    public PagedModel<KitMovementRow> getMovements() {
        return movements;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public KitMove getKind() {
        return kind;
    }

    public void setKind(KitMove kind) {
        this.kind = kind;
    }

    public KitKind getKitKind() {
        return kitKind;
    }

    public void setKitKind(KitKind kitKind) {
        this.kitKind = kitKind;
    }

    public Long getReversing() {
        return reversing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
