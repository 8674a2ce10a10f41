package ma.gov.social.jisr.women.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.women.api.KitHolder;

/**
 * Where a kit holder lies and what it is called: a region's store, a centre of the registry, a partner
 * association of funding's registry, read through their modules' directories.
 */
@ApplicationScoped
public class KitHolders {
    /** A holder located: region, province (null for a region's store) and names in both scripts. */
    record Place(KitHolder holder, String regionCode, String provinceCode, String nameAr, String nameFr) {
        String name(boolean arabic) {
            return arabic ? nameAr : nameFr;
        }
    }

    @Inject
    private TerritoryService territories;
    @Inject
    private CentreDirectory centres;
    @Inject
    private AssociationDirectory associations;

    /** Refuses a holder that does not exist (an unknown region, centre or association). */
    Place place(KitHolder holder) {
        return switch (holder.type()) {
            case REGION -> territories.region(holder.key()).map(this::store)
                    .orElseThrow(() -> new JisrException("kits.holder.unknown"));
            case CENTRE -> centres.card(id(holder)).map(this::centre)
                    .orElseThrow(() -> new JisrException("kits.holder.unknown"));
            case ASSOCIATION -> associations.card(id(holder)).map(this::association)
                    .orElseThrow(() -> new JisrException("kits.holder.unknown"));
        };
    }

    /** Many holders at once (a list's), in one read per kind; unknown ones are left out. */
    Map<KitHolder, Place> places(Collection<KitHolder> holders) {
        Map<KitHolder, Place> placed = new HashMap<>();
        Map<Long, AssociationCard> cards = associations.cards(holders.stream()
                .filter(h -> h.type() == KitHolder.Type.ASSOCIATION).map(KitHolder::id).toList());
        cards.values().forEach(c -> placed.put(KitHolder.association(c.id()), association(c)));
        centres.cards(holders.stream().filter(h -> h.type() == KitHolder.Type.CENTRE).map(KitHolder::id).toList())
                .values().forEach(c -> placed.put(KitHolder.centre(c.id()), centre(c)));
        holders.stream().filter(h -> h.type() == KitHolder.Type.REGION)
                .forEach(h -> territories.region(h.key()).ifPresent(r -> placed.put(h, store(r))));
        return placed;
    }

    private static long id(KitHolder holder) {
        try {
            return holder.id();
        } catch (NumberFormatException e) {
            throw new JisrException("kits.holder.unknown");
        }
    }

    private Place store(Region r) {
        return new Place(KitHolder.region(r.code()), r.code(), null, r.nameAr(), r.nameFr());
    }

    private Place centre(CentreCard c) {
        return new Place(KitHolder.centre(c.id()), c.regionCode(), c.provinceCode(), c.nameAr(), c.nameFr());
    }

    private Place association(AssociationCard a) {
        return new Place(KitHolder.association(a.id()), a.regionCode(), a.provinceCode(), a.nameAr(), a.nameFr());
    }
}
