package ma.gov.social.jisr.centres.api;

/**
 * A region's centres as the upgrade programme sees them in a year: how many could be chosen, and how many
 * could not and why (never inspected, upgraded or planned recently, not open).
 */
public record RegionCensus(String regionCode, long total, long eligible, long notInspected, long recentlyUpgraded,
                           long notOpen) {
}
