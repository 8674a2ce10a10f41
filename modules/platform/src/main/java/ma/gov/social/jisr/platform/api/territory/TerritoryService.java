package ma.gov.social.jisr.platform.api.territory;

import java.util.List;
import java.util.Optional;

/** Morocco's regions and provinces (reference data, the same for everyone). */
public interface TerritoryService {
    List<Region> regions();

    List<Province> provinces();

    List<Province> provincesOf(String regionCode);

    Optional<Region> region(String code);

    Optional<Province> province(String code);

    /** The provinces inside a scope: what a scoped user may pick in a form. */
    List<Province> provincesWithin(TerritorialScope scope);

    /** The region a scope lies in (null for a national scope); refuses unknown codes. */
    String regionOf(TerritorialScope scope);
}
