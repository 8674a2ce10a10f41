package ma.gov.social.jisr.children.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.children.api.PlacementKind;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The places of institutions and foster families. The count of taken places lives in one row per holder and
 * moves only by a conditional update ("one more, if one is free"): of two placements into the last place,
 * InnoDB makes the second wait for the first, then finds none free. No lock is held in Java, so two servers
 * behave the same.
 */
@Dependent
public class Places {
    @Inject
    private ChildStore store;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CurrentUser me;

    /** Takes a place of the holder, or refuses: full, or not a holder the caller may place with. */
    void take(PlacementKind kind, long holderId) {
        int places = places(kind, holderId);
        Sql sql = store.sql();
        sql.update("insert into chi_holder (kind, holder_id, places, occupied) values (?, ?, ?, 0)"
                + " on duplicate key update places = values(places)", kind.name(), holderId, places);
        if (sql.update("update chi_holder set occupied = occupied + 1 where kind = ? and holder_id = ?"
                + " and occupied < places", kind.name(), holderId) == 0) {
            throw new JisrException("children.placement.full");
        }
    }

    void release(PlacementKind kind, long holderId) {
        store.sql().update("update chi_holder set occupied = occupied - 1 where kind = ? and holder_id = ?"
                + " and occupied > 0", kind.name(), holderId);
    }

    /** The holder's places today: an institution's beds in the registry, a family's approved capacity. */
    private int places(PlacementKind kind, long holderId) {
        if (kind == PlacementKind.INSTITUTION) {
            CentreCard c = institution(holderId);
            return c.beds() == null ? 0 : c.beds();
        }
        return store.sql().one("select capacity, region_code, province_code from chi_foster_family where id = ?"
                        + " and status = 'APPROVED'", r -> me.scope().covers(r.string("region_code"),
                        r.string("province_code")) ? r.integer("capacity") : null, holderId)
                .filter(java.util.Objects::nonNull)
                .orElseThrow(() -> new JisrException("children.placement.familyNotApproved"));
    }

    /** A child-protection centre of the caller's territory. */
    CentreCard institution(long centreId) {
        return centres.card(centreId).filter(c -> c.type() == CentreType.CHILD_PROTECTION_CENTRE)
                .filter(c -> me.scope().covers(c.regionCode(), c.provinceCode()))
                .orElseThrow(() -> new JisrException("children.placement.institutionRequired"));
    }

    /** Places taken per holder of a kind. */
    Map<Long, Integer> occupied(PlacementKind kind, List<Long> holderIds) {
        if (holderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> taken = new HashMap<>();
        store.sql().list("select holder_id, occupied from chi_holder where kind = ? and holder_id in ("
                + holderIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")",
                r -> taken.put(r.number("holder_id"), r.integer("occupied")),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(kind.name()), holderIds.stream()).toArray());
        return taken;
    }
}
