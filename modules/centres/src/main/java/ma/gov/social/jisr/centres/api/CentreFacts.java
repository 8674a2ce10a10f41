package ma.gov.social.jisr.centres.api;

import java.time.LocalDate;

/**
 * What the registry knows of a centre, for programmes that choose centres by their own rules: where it
 * is, what it is, its condition at the latest inspection (null if never inspected), its capacity, since
 * when it is open, and the year of its latest upgrade that was not cancelled (planned, under way or done).
 */
public record CentreFacts(long centreId, String code, String nameAr, String nameFr, CentreType type,
                          String regionCode, String provinceCode, Area area, CentreStatus status, Integer latestScore,
                          Integer places, LocalDate openedOn, Integer lastUpgradeYear) {
}
