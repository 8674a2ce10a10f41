package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The information team's periodic report for a province (or the pilots together): counts only, keyed by
 * enum names (situations, sexes, measures...) or age bands. Children are those identified in the period;
 * measures, placements, flags and closures those of the period; "in placement" and "open" at its end.
 */
public record PeriodicReport(List<String> provinces, LocalDate from, LocalDate to, long identified, long opened,
                             long closed, long openAtEnd, Map<String, Long> bySituation, Map<String, Long> byAgeBand,
                             Map<String, Long> bySex, Map<String, Long> measuresByKind,
                             Map<String, Long> placementsByKind, Map<String, Long> inPlacementAtEnd,
                             Map<String, Long> closedByReason, Delays delays, Map<String, Long> flags,
                             Map<String, Long> flagActions, Map<String, Long> flagOutcomes, List<PilotRow> pilots) {
    /** Age bands at identification, youngest first. */
    public static final List<String> AGE_BANDS = List.of("0-5", "6-11", "12-14", "15-17");
    /** Days from detection (identification) to the first protection measure, in bands. */
    public static final List<String> DELAY_BANDS = List.of("D0_1", "D2_7", "D8_30", "D31_90", "D91", "NONE");

    /** Children identified in the period with a first measure, their average delay, and the delays in bands. */
    public record Delays(long withMeasure, long averageDays, long longestDays, Map<String, Long> byBand) {
    }

    /** One pilot province in the national view. */
    public record PilotRow(String provinceCode, long identified, long opened, long closed, long openAtEnd,
                           long measures, long inPlacement, long averageDelayDays, long earlyMarriage,
                           long schoolDropout) {
    }
}
