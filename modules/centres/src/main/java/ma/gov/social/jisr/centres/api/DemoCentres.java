package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The upgrade side of the registry for other modules' demo data, which is written at first start in
 * development mode, with no caller: the whole country, but only the centres the demo itself wrote (created
 * by {@code DemoData.AUTHOR}), so that it can neither show nor change a real record. Not audited.
 * The inherited {@link #upgradeFinished(long, int, String, BigDecimal)} asks for the inspection from today.
 */
public interface DemoCentres extends CentreUpgrades {
    /** The year's upgrade enters the history of each centre as PLANNED, at its estimated cost: a plan approved. */
    void upgradesPlanned(int year, String works, Map<Long, BigDecimal> estimatedCosts);

    /** Works finished on that day: the upgrade is DONE at its actual cost, and an inspection asked for from then. */
    void upgradeFinished(long centreId, int year, String works, BigDecimal actualCost, LocalDate on);
}
