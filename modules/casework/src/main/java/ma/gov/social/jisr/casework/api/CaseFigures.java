package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Counts of a module's cases for dashboards, within the caller's territory (or one region of it): no
 * person, no reference. Keys are enum names or province codes.
 */
public interface CaseFigures {
    Counts counts(String module, String regionCode);

    /**
     * What happened in a period in some provinces (those outside the caller's territory count nothing):
     * cases opened and closed by province, closures by reason, cases open at the period's end by province.
     */
    Period period(String module, Collection<String> provinceCodes, LocalDate from, LocalDate to);

    record Period(Map<String, Long> openedByProvince, Map<String, Long> closedByProvince,
                  Map<String, Long> closedByReason, Map<String, Long> openAtEndByProvince) {
    }

    record Counts(long open, Map<String, Long> byStep, Map<String, Long> byTriage, Map<String, Long> byProvince,
                  Map<String, Long> referralsByStatus) {
    }
}
