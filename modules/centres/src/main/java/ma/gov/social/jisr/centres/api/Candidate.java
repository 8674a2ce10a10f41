package ma.gov.social.jisr.centres.api;

/** A centre that the upgrade programme may choose this year, with its priority and the parts of it. */
public record Candidate(long centreId, String code, String nameAr, String nameFr, CentreType type, String regionCode,
                        String provinceCode, Area area, int latestScore, Integer lastUpgradeYear,
                        PriorityParts parts, double score) {
}
