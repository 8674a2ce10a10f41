package ma.gov.social.jisr.funding.api;

import java.util.List;

/**
 * One evaluator's work on one project: her declaration (null before she makes it), whether it is a conflict,
 * and her points per criterion (empty until she scores).
 */
public record Evaluation(long projectId, String projectReference, String title, String associationName,
                         String provinceCode, Boolean conflict, List<Integer> points) {
    public boolean scored() {
        return !points.isEmpty();
    }

    public int total() {
        return points.stream().mapToInt(Integer::intValue).sum();
    }
}
