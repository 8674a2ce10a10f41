package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Protection measures and placements. A placement into an institution or a foster family takes one of its
 * places; a holder never holds more children than its places, even when two workers place at once.
 */
public interface ProtectionService {
    long decide(long caseId, MeasureData measure);

    /** Records the review of a measure and its next review date (after the one recorded). */
    void reviewMeasure(long measureId, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn);

    void endMeasure(long measureId, LocalDate endedOn);

    List<Measure> measures(long caseId);

    /** Places the child; {@code holderId}: the institution (a centre) or the foster family; none for a return. */
    long place(long caseId, PlacementKind kind, Long holderId, Long measureId, LocalDate placedOn);

    void endPlacement(long placementId, LocalDate endedOn, String note);

    /** A visit to the placed child, or a follow-up visit after a return to the family. */
    void visit(long placementId, LocalDate visitedOn, String note);

    List<Placement> placements(long caseId);

    /** Institutions of the caller's territory that take placements, with their free places. */
    List<PlaceHolder> institutions(String provinceCode);
}
