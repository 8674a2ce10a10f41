package ma.gov.social.jisr.upgrades.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** One centre in a year's plan: why it was chosen (rank, score and its parts), its cost, and its works. */
public record PlanLine(int year, long centreId, String regionCode, String provinceCode, String centreCode,
                       String nameAr, String nameFr, CentreType type, Area area, int latestScore, int rank,
                       BigDecimal score, PriorityParts parts, Dirhams estimatedCost, LineStatus status,
                       boolean swappedIn, WorksStatus works, LocalDate orderedOn, String contractor,
                       LocalDate startedOn, LocalDate finishedOn, Dirhams actualCost, LocalDate receivedOn,
                       long version) {
}
