package ma.gov.social.jisr.centres.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's page: what was entered, its region, its inspections (newest first) and upgrades, and since when
 * a new inspection is asked for (null if none is).
 */
public record CentreDetails(long id, long version, String regionCode, CentreData data,
                            List<Inspection> inspections, List<Upgrade> upgrades, LocalDate inspectionRequestedOn) {
    public Inspection latestInspection() {
        return inspections.isEmpty() ? null : inspections.get(0);
    }
}
