package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** The regions and provinces a user may pick in filters and forms: those of their own territory. */
@Named
@RequestScoped
public class TerritoryOptions {
    @Inject
    private TerritoryService territories;
    @Inject
    private CurrentUser me;

    public List<Region> getRegions() {
        String mine = territories.regionOf(me.scope());
        return mine == null ? territories.regions() : territories.region(mine).stream().toList();
    }

    /** The provinces within my territory, of one region if given. */
    public List<Province> provinces(String regionCode) {
        return territories.provincesWithin(me.scope()).stream()
                .filter(p -> regionCode == null || regionCode.isBlank() || p.regionCode().equals(regionCode)).toList();
    }

    /** The region a new record starts in: the user's own, when they work on one region or province. */
    public String homeRegion() {
        return territories.regionOf(me.scope());
    }

    /** The province a new record starts in: the user's own, when they work on one province. */
    public String homeProvince() {
        return me.scope().level() == ScopeLevel.PROVINCE ? me.scope().code() : null;
    }
}
