package ma.gov.social.jisr.children.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import ma.gov.social.jisr.children.api.Committee.ActionStatus;
import ma.gov.social.jisr.children.api.Committee.PlanAction;
import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

/** The action plan's and the periodic report's rules. */
class CommitteeRulesTest {
    private static final int YEAR = LocalDate.now().getYear();

    @Test
    void aPlanActionFallsInItsYearOrTheNextWithAReachableTarget() {
        assertDoesNotThrow(() -> ActionPlanBean.checkPlan(YEAR, LocalDate.of(YEAR, 12, 31), 10, 0));
        assertDoesNotThrow(() -> ActionPlanBean.checkPlan(YEAR, LocalDate.of(YEAR + 1, 3, 31), 1, 0));
        assertEquals("children.plan.deadline", assertThrows(JisrException.class,
                () -> ActionPlanBean.checkPlan(YEAR, LocalDate.of(YEAR - 1, 12, 31), 10, 0)).messageKey());
        assertEquals("children.plan.deadline", assertThrows(JisrException.class,
                () -> ActionPlanBean.checkPlan(YEAR, null, 10, 0)).messageKey());
        assertEquals("children.plan.year", assertThrows(JisrException.class,
                () -> ActionPlanBean.checkPlan(YEAR + 2, LocalDate.of(YEAR + 2, 6, 1), 10, 0)).messageKey());
        assertEquals("children.plan.target", assertThrows(JisrException.class,
                () -> ActionPlanBean.checkPlan(YEAR, LocalDate.of(YEAR, 6, 1), 0, 0)).messageKey());
    }

    @Test
    void anActionIsLateOnlyWhileUnfinishedPastItsDeadlineAndItsProgressIsCapped() {
        LocalDate deadline = LocalDate.of(YEAR, 3, 1);
        PlanAction planned = new PlanAction(1, 0, "MA-RAB", YEAR, "a", "b", deadline, ActionStatus.PLANNED, "c", 20, 25,
                null);
        assertTrue(planned.lateOn(deadline.plusDays(1)));
        assertFalse(planned.lateOn(deadline));
        PlanAction done = new PlanAction(1, 0, "MA-RAB", YEAR, "a", "b", deadline, ActionStatus.DONE, "c", 20, 5, null);
        assertFalse(done.lateOn(deadline.plusDays(1)));
        assertEquals(100, planned.progress());
        assertEquals(25, done.progress());
    }

    @Test
    void aReportPeriodRunsForwardAndAtMostAYearAndABit() {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        assertDoesNotThrow(() -> ReportBean.checkPeriod(from, from.plusDays(ReportBean.MAX_DAYS)));
        assertEquals("children.report.period", assertThrows(JisrException.class,
                () -> ReportBean.checkPeriod(from, from.minusDays(1))).messageKey());
        assertEquals("children.report.period", assertThrows(JisrException.class,
                () -> ReportBean.checkPeriod(from, from.plusDays(ReportBean.MAX_DAYS + 1))).messageKey());
        assertEquals("children.report.periodRequired", assertThrows(JisrException.class,
                () -> ReportBean.checkPeriod(null, from)).messageKey());
    }

    @Test
    void theReportsTotalsAndTheNationalViewsLinesComeFromTheSameRows() {
        var flags = new ReportQueries.ByProvince(java.util.Map.of("MA-RAB", java.util.Map.of("EARLY_MARRIAGE.RISK", 2L,
                "SCHOOL_DROPOUT.ACTUAL", 3L), "MA-SAL", java.util.Map.of("EARLY_MARRIAGE.ACTUAL", 1L)));
        assertEquals(6, flags.total());
        assertEquals(5, flags.of("MA-RAB"));
        assertEquals(2, flags.startingWith("MA-RAB", "EARLY_MARRIAGE."));
        assertEquals(0, flags.of("MA-CAS"));
        assertEquals(java.util.Map.of("EARLY_MARRIAGE.RISK", 2L, "SCHOOL_DROPOUT.ACTUAL", 3L,
                "EARLY_MARRIAGE.ACTUAL", 1L), flags.byKey());
        var delays = new ReportQueries.DelayRows(java.util.Map.of("D0_1", 3L), java.util.Map.of("MA-RAB",
                new long[] {2, 10, 7}, "MA-SAL", new long[] {1, 20, 20}));
        assertEquals(5, delays.averageOf("MA-RAB"));
        assertEquals(0, delays.averageOf("MA-CAS"));
        assertEquals(3, delays.total().withMeasure());
        assertEquals(10, delays.total().averageDays());
        assertEquals(20, delays.total().longestDays());
    }
}
