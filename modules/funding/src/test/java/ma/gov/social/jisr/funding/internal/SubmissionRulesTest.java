package ma.gov.social.jisr.funding.internal;

import static ma.gov.social.jisr.funding.internal.TestCalls.CLOSES;
import static ma.gov.social.jisr.funding.internal.TestCalls.OPENS;
import static ma.gov.social.jisr.funding.internal.TestCalls.line;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 1, 10, 0);
    private static final Set<DocumentKind> PAPERS = Set.of(DocumentKind.STATUTES);

    @Test
    void theWindowIncludesItsOpeningAndExcludesItsClosing() {
        accepted(received(OPENS));
        accepted(received(CLOSES.minusSeconds(1)));
        assertEquals("funding.project.outsideWindow", refusal(received(OPENS.minusSeconds(1))).messageKey());
        assertEquals("funding.project.outsideWindow", refusal(received(CLOSES)).messageKey());
    }

    @Test
    void aSubmissionIsNotReceivedInTheFuture() {
        ProjectData p = received(CLOSES.minusHours(1));
        assertEquals("funding.project.receivedInFuture", assertThrows(JisrException.class,
                () -> SubmissionRules.check(TestCalls.call(), TestCalls.association(), p, PAPERS,
                        CLOSES.minusHours(2))).messageKey());
    }

    @Test
    void suspendedAndBlacklistedAssociationsAreBarredAndAWarnedOneIsNotActive() {
        for (AssociationStatus barred : List.of(AssociationStatus.SUSPENDED, AssociationStatus.BLACKLISTED)) {
            JisrException refused = refusal(TestCalls.call(), associationIn(barred), TestCalls.project());
            assertEquals("funding.project.associationBarred", refused.messageKey());
            assertArrayEquals(new Object[] {new JisrException.Word("status." + barred.name())},
                    refused.arguments());
        }
        assertEquals("funding.project.associationNotActive",
                refusal(TestCalls.call(), associationIn(AssociationStatus.WARNED), TestCalls.project()).messageKey());
    }

    @Test
    void theAssociationsAgeCountsOnTheDayTheCallOpened() {
        LocalDate opened = OPENS.toLocalDate();
        JisrException young = refusal(TestCalls.call(), registeredOn(opened.minusYears(2)), TestCalls.project());
        assertEquals("funding.project.tooYoung", young.messageKey());
        assertArrayEquals(new Object[] {3}, young.arguments());
        assertEquals("funding.project.tooYoung", refusal(TestCalls.call(), registeredOn(opened.minusYears(3)
                .plusDays(1)), TestCalls.project()).messageKey());
        SubmissionRules.check(TestCalls.call(), registeredOn(opened.minusYears(3)), TestCalls.project(), PAPERS, NOW);
    }

    @Test
    void theDomainMustBeTheCallsAndTheProvinceOneItCovers() {
        ProjectData nursery = TestCalls.project(FundingDomain.SOCIAL_NURSERY, OPENS.plusDays(1),
                List.of(line("2000.00", "500.00")), Dirhams.of("1500.00"));
        assertEquals("funding.project.domainOutside", refusal(nursery).messageKey());
        AssociationDetails casablanca = TestCalls.association(AssociationStatus.ACTIVE, "MA-CAS",
                LocalDate.of(2020, 1, 1));
        assertEquals("funding.project.provinceOutside",
                refusal(TestCalls.call(), casablanca, TestCalls.project()).messageKey());
        CallData everywhere = TestCalls.call(Set.of(), 3, PAPERS, TestCalls.grid(100), List.of("a", "b"));
        SubmissionRules.check(everywhere, casablanca, TestCalls.project(), PAPERS, NOW);
    }

    @Test
    void theAmountRequestedIsWhatTheLinesLeaveToTheMinistry() {
        JisrException refused = refusal(TestCalls.project(List.of(line("2000.00", "500.00")), Dirhams.of("1600")));
        assertEquals("funding.project.budgetSum", refused.messageKey());
        assertArrayEquals(new Object[] {Dirhams.of("1600.00"), Dirhams.of("1500.00")}, refused.arguments());
        assertEquals("funding.project.budgetLine",
                refusal(TestCalls.project(List.of(line("2000.00", "2000.01")), Dirhams.of("0"))).messageKey());
        accepted(TestCalls.project(List.of(line("2000.00", "2000.00"), line("10.00", "0")), Dirhams.of("10")));
    }

    @Test
    void sumsAreExactToTheCentime() {
        List<BudgetLine> lines = List.of(line("1000.10", "0.15"), line("2000.05", "0.00"));
        accepted(TestCalls.project(lines, Dirhams.of("3000.00")));
        assertEquals("funding.project.budgetSum",
                refusal(TestCalls.project(lines, Dirhams.of("2999.99"))).messageKey());
        assertEquals("funding.project.budgetSum",
                refusal(TestCalls.project(lines, Dirhams.of("3000.01"))).messageKey());
        List<BudgetLine> oneCentimeMoreOwn = List.of(line("1000.10", "0.16"), line("2000.05", "0.00"));
        accepted(TestCalls.project(oneCentimeMoreOwn, Dirhams.of("2999.99")));
    }

    @Test
    void theCeilingIsTheMostOneProjectMayAsk() {
        CallData call = TestCalls.call();
        accepted(TestCalls.project(List.of(line("3000.00", "0")), Dirhams.of("3000.00")));
        JisrException above = refusal(call, TestCalls.association(),
                TestCalls.project(List.of(line("3000.01", "0")), Dirhams.of("3000.01")));
        assertEquals("funding.project.aboveCeiling", above.messageKey());
        assertArrayEquals(new Object[] {Dirhams.of("3000.00")}, above.arguments());
    }

    @Test
    void everyRequiredDocumentIsThere() {
        CallData call = TestCalls.call(Set.of("MA-RAB"), 3, Set.of(DocumentKind.STATUTES, DocumentKind.BUDGET_FORM),
                TestCalls.grid(100), List.of("a", "b"));
        JisrException missing = assertThrows(JisrException.class, () -> SubmissionRules.check(call,
                TestCalls.association(), TestCalls.project(), PAPERS, NOW));
        assertEquals("funding.project.documentMissing", missing.messageKey());
        assertArrayEquals(new Object[] {new JisrException.Word("document.BUDGET_FORM")}, missing.arguments());
        SubmissionRules.check(call, TestCalls.association(), TestCalls.project(),
                Set.of(DocumentKind.STATUTES, DocumentKind.BUDGET_FORM, DocumentKind.RECEIPT), NOW);
    }

    private static ProjectData received(LocalDateTime at) {
        return TestCalls.project(FundingDomain.FAMILY_SPACE, at, List.of(line("2000.00", "500.00")),
                Dirhams.of("1500.00"));
    }

    private static AssociationDetails associationIn(AssociationStatus status) {
        return TestCalls.association(status, "MA-RAB", LocalDate.of(2020, 1, 1));
    }

    private static AssociationDetails registeredOn(LocalDate day) {
        return TestCalls.association(AssociationStatus.ACTIVE, "MA-RAB", day);
    }

    private static void accepted(ProjectData p) {
        SubmissionRules.check(TestCalls.call(), TestCalls.association(), p, PAPERS, NOW);
    }

    private static JisrException refusal(ProjectData p) {
        return refusal(TestCalls.call(), TestCalls.association(), p);
    }

    private static JisrException refusal(CallData call, AssociationDetails a, ProjectData p) {
        return assertThrows(JisrException.class, () -> SubmissionRules.check(call, a, p, PAPERS, NOW));
    }
}
