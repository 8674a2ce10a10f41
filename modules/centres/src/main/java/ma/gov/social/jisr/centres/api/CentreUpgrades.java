package ma.gov.social.jisr.centres.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The centres' side of an upgrade programme: facts about centres and what works change in their history.
 * Which centres a programme prefers is the programme's own rule, not the registry's. Within the caller's
 * territory, like the rest of the registry.
 */
public interface CentreUpgrades {
    /**
     * One line per region of the caller's territory, every region listed even when it has no centre:
     * its centres, and how many are open and inspected with no upgrade after {@code year - recentYears}
     * ("eligible"), never inspected, upgraded later than that, or not open.
     */
    List<RegionCensus> census(int year, int recentYears);

    /**
     * The region's open, inspected centres whose latest upgrade (if any) is not after {@code upgradedUpTo},
     * in one read, by id.
     */
    List<CentreFacts> openInspected(String regionCode, int upgradedUpTo);

    /** One centre by its code, whatever its state; empty when unknown or outside the caller's territory. */
    Optional<CentreFacts> facts(String centreCode);

    /**
     * A plan is approved: the year's upgrade enters the history of each of its centres as PLANNED, at its
     * estimated cost, in one call (one transaction, written in batches) rather than one call per centre.
     */
    void upgradesPlanned(int year, String works, Map<Long, Dirhams> estimatedCosts);

    /**
     * Works of the programme are finished: the upgrade of that year in the centre's history becomes DONE
     * with the actual cost (added if it was not there), and a new inspection is asked for.
     */
    void upgradeFinished(long centreId, int year, String works, Dirhams actualCost);
}
