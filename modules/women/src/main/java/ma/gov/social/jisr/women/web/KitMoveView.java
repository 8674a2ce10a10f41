package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitService;
import ma.gov.social.jisr.women.api.KitSource;

/**
 * A coordinator's kit movements out of or into a region's store: kits received, sent to another region, or
 * allocated to a centre or a partner association of the region. Each form keeps what was typed when refused.
 */
@Named
@ViewScoped
public class KitMoveView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ASSOCIATIONS = 100;

    @Inject
    private KitService kits;
    @Inject
    private CentreDirectory centres;
    @Inject
    private AssociationDirectory associations;
    @Inject
    private TerritoryOptions options;
    @Inject
    private LocaleSelector locale;
    @Inject
    private TerritoryService territories;

    /** A choice of where to allocate: "CENTRE:12" and the holder's name. */
    public record Target(String code, String label) implements Serializable {
    }

    private String regionCode;
    private KitKind kind = KitKind.HYGIENE;
    private Integer quantity;
    private LocalDate on = LocalDate.now();
    private KitSource source = KitSource.UNFPA;
    private String reference;
    private String toRegion;
    private String target;
    private String note;
    private transient List<Target> targets;

    public void load() {
        if (regionCode == null) {
            regionCode = options.homeRegion();
        }
    }

    public void receive() {
        act(() -> kits.receive(regionCode, kind, quantity(), on, source, reference, note), "kits.received");
    }

    public void transfer() {
        act(() -> kits.transfer(regionCode, toRegion, kind, quantity(), on, note), "kits.transferred");
    }

    public void allocate() {
        if (target == null) {
            Messages.error("kits.allocate.holder");
            return;
        }
        act(() -> kits.allocate(regionCode, KitHolder.ofCode(target), kind, quantity(), on, note), "kits.allocated");
    }

    private int quantity() {
        return quantity == null ? 0 : quantity;
    }

    private void act(Runnable movement, String done) {
        try {
            movement.run();
            Messages.info(done, quantity());
            quantity = null;
            reference = null;
            note = null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void regionChanged() {
        targets = null;
        target = null;
    }

    /** The region's women's centres, then its partner associations. */
    public List<Target> getTargets() {
        if (targets == null) {
            targets = new ArrayList<>();
            if (regionCode != null) {
                String language = locale.getLanguage();
                TerritorialScope region = TerritorialScope.region(regionCode);
                centres.open(EnumSet.of(CentreType.LISTENING_CENTRE, CentreType.WOMEN_MULTIFUNCTION_SPACE,
                        CentreType.WOMEN_SHELTER), region).forEach(c -> targets.add(new Target(
                        KitHolder.centre(c.id()).code(), c.name(language))));
                associations.find(null, region, ASSOCIATIONS).forEach(a -> targets.add(new Target(
                        KitHolder.association(a.id()).code(), a.name("ar".equals(language)) + " — "
                        + a.registrationNo())));
            }
        }
        return targets;
    }

    /** Kits may go to any region; only the store they leave must be the caller's. */
    public List<Region> getAllRegions() {
        return territories.regions();
    }

    public KitKind[] getKinds() {
        return KitKind.values();
    }

    public KitSource[] getSources() {
        return KitSource.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public KitKind getKind() {
        return kind;
    }

    public void setKind(KitKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public KitSource getSource() {
        return source;
    }

    public void setSource(KitSource source) {
        this.source = source;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getToRegion() {
        return toRegion;
    }

    public void setToRegion(String toRegion) {
        this.toRegion = toRegion;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
