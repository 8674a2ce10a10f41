package ma.gov.social.jisr.casework.api;

import java.util.Map;

/**
 * Counts of a module's cases for dashboards, within the caller's territory (or one region of it): no
 * person, no reference. Keys are enum names or province codes.
 */
public interface CaseFigures {
    Counts counts(String module, String regionCode);

    record Counts(long open, Map<String, Long> byStep, Map<String, Long> byTriage, Map<String, Long> byProvince,
                  Map<String, Long> referralsByStatus) {
    }
}
