package ma.gov.social.jisr.funding.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A valid call, association and submission that each test bends in one place only. */
final class TestCalls {
    static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 1, 9, 0);
    static final LocalDateTime CLOSES = LocalDateTime.of(2026, 4, 1, 16, 0);

    private TestCalls() {
    }

    static CallData call(Set<String> provinces, int minYears, Set<DocumentKind> documents, List<Criterion> grid,
                         List<String> evaluators) {
        return new CallData("AAP-2026/01", "طلب مشاريع", "Appel à projets", Set.of(FundingDomain.FAMILY_SPACE),
                provinces, OPENS, CLOSES, Dirhams.of(1_000_000), Dirhams.of(3_000), minYears, 60,
                TieRule.EARLIER_RECEIVED, false, documents, grid, evaluators);
    }

    static CallData call() {
        return call(Set.of("MA-RAB"), 3, Set.of(DocumentKind.STATUTES), grid(40, 60), List.of("nadia", "rachid"));
    }

    static List<Criterion> grid(int... weights) {
        return java.util.Arrays.stream(weights).mapToObj(w -> new Criterion("معيار", "Critère", w)).toList();
    }

    static AssociationDetails association(AssociationStatus status, String province, LocalDate registeredOn) {
        return new AssociationDetails(1, 0, "AS-RAB-0001", "جمعية الأمل", "Association Amal", "MA-04", province,
                registeredOn, Set.of(FundingDomain.FAMILY_SPACE), null, null, null, null, status, null, null, null,
                null, null);
    }

    static AssociationDetails association() {
        return association(AssociationStatus.ACTIVE, "MA-RAB", LocalDate.of(2020, 1, 1));
    }

    static ProjectData project(FundingDomain domain, LocalDateTime receivedAt, List<BudgetLine> lines,
                               Dirhams requested) {
        return new ProjectData(1, 1, "Espace famille", domain, Set.of(), java.util.Map.of(), 12, receivedAt, lines,
                requested);
    }

    static ProjectData project(List<BudgetLine> lines, Dirhams requested) {
        return project(FundingDomain.FAMILY_SPACE, OPENS.plusDays(3), lines, requested);
    }

    static ProjectData project() {
        return project(List.of(line("2000.00", "500.00")), Dirhams.of("1500.00"));
    }

    static BudgetLine line(String total, String own) {
        return new BudgetLine("Équipement", Dirhams.of(total), Dirhams.of(own));
    }
}
