package ma.gov.social.jisr.centres.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The upgrade side of the registry for other modules' demo data, which is written at first start in
 * development mode, with no caller: the whole country, but only the centres the demo itself wrote (created
 * by {@code DemoData.AUTHOR}), so that it can neither show nor change a real record. Not audited.
 * The inherited {@link #upgradeFinished(long, int, String, Dirhams)} asks for the inspection from today.
 */
public interface DemoCentres extends CentreUpgrades {
    /** Works finished on that day: the upgrade is DONE at its actual cost, and an inspection asked for from then. */
    void upgradeFinished(long centreId, int year, String works, Dirhams actualCost, LocalDate on);

    /** The open demo centres of these types, the whole country, by province and name (other modules' demo cases). */
    List<CentreCard> open(Collection<CentreType> types);
}
