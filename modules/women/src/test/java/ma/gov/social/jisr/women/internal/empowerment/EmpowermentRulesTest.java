package ma.gov.social.jisr.women.internal.empowerment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.Decision;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.MilestoneRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EmpowermentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate START = LocalDate.of(2025, 1, 10);

    @Test
    void aReceivedRequestIsAcceptedRejectedOrAccompaniedAndNothingElse() {
        assertEquals(Set.of(RequestStage.ACCEPTED, RequestStage.REJECTED, RequestStage.ACCOMPANIMENT),
                RequestStage.RECEIVED.decisions());
        assertEquals(Set.of(RequestStage.ACCEPTED, RequestStage.REJECTED), RequestStage.ACCOMPANIMENT.decisions());
        refused("emp.decision.notNow", () -> EmpowermentRules.decision(RequestStage.RECEIVED,
                new Decision(RequestStage.FINANCED, null, null)));
        refused("emp.decision.notNow", () -> EmpowermentRules.decision(RequestStage.REJECTED,
                new Decision(RequestStage.ACCEPTED, null, null)));
        refused("emp.decision.required", () -> EmpowermentRules.decision(RequestStage.RECEIVED, null));
        assertDoesNotThrow(() -> EmpowermentRules.decision(RequestStage.ACCOMPANIMENT,
                new Decision(RequestStage.ACCEPTED, null, null)));
    }

    @Test
    void aRejectionHasItsReasonAndAnAccompanimentItsAdviser() {
        refused("emp.decision.reason", () -> EmpowermentRules.decision(RequestStage.RECEIVED,
                new Decision(RequestStage.REJECTED, "  ", null)));
        refused("emp.decision.adviser", () -> EmpowermentRules.decision(RequestStage.RECEIVED,
                new Decision(RequestStage.ACCOMPANIMENT, null, "")));
        assertDoesNotThrow(() -> EmpowermentRules.decision(RequestStage.RECEIVED,
                new Decision(RequestStage.REJECTED, "Projet hors du champ du programme", null)));
    }

    @Test
    void onlyAnAcceptedRequestIsFinancedAndNeverBeyondWhatWasAsked() {
        Dirhams asked = Dirhams.of(40_000);
        refused("emp.finance.notAccepted", () -> EmpowermentRules.financing(RequestStage.RECEIVED, asked, asked));
        refused("emp.finance.moreThanAsked", () -> EmpowermentRules.financing(RequestStage.ACCEPTED,
                Dirhams.of("40000.01"), asked));
        refused("emp.finance.amount", () -> EmpowermentRules.financing(RequestStage.ACCEPTED, Dirhams.ZERO, asked));
        refused("emp.finance.amount", () -> EmpowermentRules.financing(RequestStage.ACCEPTED, Dirhams.of(-5), asked));
        assertDoesNotThrow(() -> EmpowermentRules.financing(RequestStage.ACCEPTED, asked, asked));
    }

    @Test
    void aPlanNeverDatesAMilestoneBeforeTheOneItFollows() {
        JisrException e = refused("emp.milestone.beforePrevious", () -> EmpowermentRules.plan(Map.of(),
                planned(0, 30, 20, 90, 120, 500)));
        assertEquals("empMilestone.LEGAL", ((JisrException.Word) e.arguments()[0]).key(), "names the milestone");
        assertEquals(6, EmpowermentRules.plan(Map.of(), planned(0, 30, 60, 90, 120, 500)).size());
        refused("emp.milestone.plannedRequired", () -> EmpowermentRules.plan(Map.of(), Map.of(Milestone.IDEA, START)));
    }

    @Test
    void aPlanKeepsWhatIsDoneAndDatesTheRestAfterIt() {
        Map<Milestone, MilestoneRow> current = rows(planned(0, 30, 60, 90, 120, 500));
        current.put(Milestone.IDEA, done(Milestone.IDEA, START, START.plusDays(40)));
        refused("emp.milestone.beforePrevious", () -> EmpowermentRules.plan(current,
                Map.of(Milestone.BUSINESS_PLAN, START.plusDays(35))));
        Map<Milestone, LocalDate> replanned = EmpowermentRules.plan(current,
                Map.of(Milestone.BUSINESS_PLAN, START.plusDays(45)));
        assertFalse(replanned.containsKey(Milestone.IDEA), "a milestone done is not planned again");
        assertEquals(START.plusDays(45), replanned.get(Milestone.BUSINESS_PLAN));
        assertEquals(START.plusDays(60), replanned.get(Milestone.LEGAL), "the rest keeps its plan");
    }

    @Test
    void milestonesAreReachedInOrderAndNeverOnAnEarlierDayThanTheOneBefore() {
        Map<Milestone, MilestoneRow> current = rows(planned(0, 30, 60, 90, 120, 500));
        refused("emp.milestone.previousNotDone", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, current,
                Milestone.BUSINESS_PLAN, START.plusDays(30), null, TODAY));
        assertDoesNotThrow(() -> EmpowermentRules.reach(RequestStage.ACCEPTED, current, Milestone.IDEA,
                START.plusDays(3), null, TODAY));
        current.put(Milestone.IDEA, done(Milestone.IDEA, START, START.plusDays(3)));
        refused("emp.milestone.beforePrevious", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, current,
                Milestone.BUSINESS_PLAN, START.plusDays(2), null, TODAY));
        assertDoesNotThrow(() -> EmpowermentRules.reach(RequestStage.ACCEPTED, current, Milestone.BUSINESS_PLAN,
                START.plusDays(3), null, TODAY), "the same day as the one before is fine");
        refused("emp.milestone.alreadyDone", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, current,
                Milestone.IDEA, START.plusDays(5), null, TODAY));
        refused("emp.date.future", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, current, Milestone.BUSINESS_PLAN,
                TODAY.plusDays(1), null, TODAY));
        refused("emp.milestone.notPlanned", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, Map.of(),
                Milestone.IDEA, START, null, TODAY));
        // a rejected request's plan is over
        refused("emp.milestone.notAccompanied", () -> EmpowermentRules.reach(RequestStage.REJECTED, current,
                Milestone.BUSINESS_PLAN, START.plusDays(5), null, TODAY));
    }

    @Test
    void aProjectIsLaunchedOnlyOnceFinancedAndFollowedUpAYearLaterWithItsFinding() {
        Map<Milestone, MilestoneRow> current = rows(planned(0, 30, 60, 90, 120, 500));
        LocalDate day = START;
        for (Milestone m : new Milestone[] {Milestone.IDEA, Milestone.BUSINESS_PLAN, Milestone.LEGAL,
            Milestone.FINANCING}) {
            current.put(m, done(m, START, day));
            day = day.plusDays(10);
        }
        LocalDate launch = day;
        refused("emp.milestone.launchNotFinanced", () -> EmpowermentRules.reach(RequestStage.ACCEPTED, current,
                Milestone.LAUNCH, launch, null, TODAY));
        assertDoesNotThrow(() -> EmpowermentRules.reach(RequestStage.FINANCED, current, Milestone.LAUNCH, launch,
                null, TODAY));
        current.put(Milestone.LAUNCH, done(Milestone.LAUNCH, START, launch));
        refused("emp.milestone.stillActiveRequired", () -> EmpowermentRules.reach(RequestStage.LAUNCHED, current,
                Milestone.FOLLOW_UP, launch.plusYears(1), null, TODAY));
        refused("emp.milestone.followUpTooEarly", () -> EmpowermentRules.reach(RequestStage.LAUNCHED, current,
                Milestone.FOLLOW_UP, launch.plusMonths(11), true, TODAY));
        assertDoesNotThrow(() -> EmpowermentRules.reach(RequestStage.LAUNCHED, current, Milestone.FOLLOW_UP,
                launch.plusYears(1), false, TODAY));
    }

    @Test
    void aMilestoneIsLateOnlyWhenItsDayHasPassedUndone() {
        assertTrue(EmpowermentRules.late(TODAY.minusDays(1), null, TODAY));
        assertFalse(EmpowermentRules.late(TODAY, null, TODAY), "due today is not late yet");
        assertFalse(EmpowermentRules.late(TODAY.minusDays(9), TODAY.minusDays(1), TODAY), "done is never late");
        refused("emp.milestone.notAccompanied", () -> EmpowermentRules.plannable(RequestStage.RECEIVED));
        refused("emp.milestone.notAccompanied", () -> EmpowermentRules.plannable(RequestStage.REJECTED));
        assertDoesNotThrow(() -> EmpowermentRules.plannable(RequestStage.ACCOMPANIMENT));
    }

    @Test
    void aSessionTakesNoMoreThanItsCapacity() {
        assertDoesNotThrow(() -> EmpowermentRules.capacity(20, 20));
        JisrException full = refused("emp.training.full", () -> EmpowermentRules.capacity(21, 20));
        assertEquals(21, full.arguments()[0]);
        refused("emp.training.capacityRange", () -> EmpowermentRules.capacity(0));
        refused("emp.req.amount", () -> EmpowermentRules.amount(Dirhams.ZERO, "emp.req.amount"));
        refused("emp.amount.tooLarge", () -> EmpowermentRules.amount(Dirhams.of(5_000_001), "emp.req.amount"));
    }

    private static Map<Milestone, LocalDate> planned(int... days) {
        Map<Milestone, LocalDate> map = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            map.put(m, START.plusDays(days[m.ordinal()]));
        }
        return map;
    }

    private static Map<Milestone, MilestoneRow> rows(Map<Milestone, LocalDate> planned) {
        Map<Milestone, MilestoneRow> map = new EnumMap<>(Milestone.class);
        planned.forEach((m, d) -> map.put(m, new MilestoneRow(1, m, d, null, null, null, false)));
        return map;
    }

    private static MilestoneRow done(Milestone m, LocalDate planned, LocalDate on) {
        return new MilestoneRow(1, m, planned, on, null, null, false);
    }

    private static JisrException refused(String key, Executable act) {
        JisrException e = assertThrows(JisrException.class, act);
        assertEquals(key, e.messageKey());
        return e;
    }
}
