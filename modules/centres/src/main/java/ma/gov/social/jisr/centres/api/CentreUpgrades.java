package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The centres' side of the upgrade programme: which centres need an upgrade, and what the works change. Eligible: open, inspected, and with no
 * upgrade planned, under way or done in the {@code recentYears} before {@code year}. Within the caller's
 * territory, like the rest of the registry.
 */
public interface CentreUpgrades {
    /** One line per region of the caller's territory, every region listed even when it has no centre. */
    List<RegionCensus> census(int year, int recentYears);

    /** The region's eligible centres, highest priority first (ties: lowest id first). */
    List<Candidate> ranked(String regionCode, int year, int recentYears, PriorityWeights weights, int offset, int limit);

    /** One centre, by its code, as a candidate; refused, with the reason, if it is not eligible. */
    Candidate candidate(String centreCode, int year, int recentYears, PriorityWeights weights);

    /**
     * A plan is approved: the year's upgrade enters the history of each of its centres as PLANNED, at its
     * estimated cost, in one call (one transaction, written in batches) rather than one call per centre.
     */
    void upgradesPlanned(int year, String works, Map<Long, BigDecimal> estimatedCosts);

    /**
     * Works of the programme are finished: the upgrade of that year in the centre's history becomes DONE
     * with the actual cost (added if it was not there), and a new inspection is asked for.
     */
    void upgradeFinished(long centreId, int year, String works, BigDecimal actualCost);
}
