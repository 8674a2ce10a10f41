package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class CallRulesTest {
    private static final List<String> PANEL = List.of("nadia", "rachid");

    @Test
    void aGridOfExactlyOneHundredWithTwoEvaluatorsIsPublishable() {
        CallRules.checkPublishable(TestCalls.call(Set.of(), 3, Set.of(), TestCalls.grid(30, 30, 40), PANEL));
    }

    @Test
    void weightsOneOffAreRefusedAtPublishWithTheirSum() {
        for (List<Criterion> grid : List.of(TestCalls.grid(40, 59), TestCalls.grid(40, 61))) {
            CallData call = TestCalls.call(Set.of(), 3, Set.of(), grid, PANEL);
            CallRules.check(call);
            JisrException refused = assertThrows(JisrException.class, () -> CallRules.checkPublishable(call));
            assertEquals("funding.call.gridSum", refused.messageKey());
            assertArrayEquals(new Object[] {grid.get(0).weight() + grid.get(1).weight()}, refused.arguments());
        }
    }

    @Test
    void fewerThanTwoEvaluatorsCannotPublish() {
        for (List<String> panel : List.of(List.<String>of(), List.of("nadia"))) {
            CallData call = TestCalls.call(Set.of(), 3, Set.of(), TestCalls.grid(100), panel);
            CallRules.check(call);
            assertEquals("funding.call.evaluatorsRequired", assertThrows(JisrException.class,
                    () -> CallRules.checkPublishable(call)).messageKey());
        }
    }

    @Test
    void theCeilingMayEqualButNotExceedTheEnvelope() {
        CallData base = TestCalls.call();
        CallRules.check(withMoney(base, Dirhams.of("5000.00"), Dirhams.of("5000.00")));
        assertEquals("funding.call.ceilingAboveEnvelope",
                refusal(withMoney(base, Dirhams.of("5000.00"), Dirhams.of("5000.01"))));
    }

    @Test
    void aCallClosesAfterItOpens() {
        CallData base = TestCalls.call();
        assertEquals("funding.call.window", refusal(withWindow(base, base.opensAt(), base.opensAt().minusMinutes(1))));
        assertEquals("funding.call.window", refusal(withWindow(base, base.opensAt(), base.opensAt())));
        CallRules.check(withWindow(base, base.opensAt(), base.opensAt().plusSeconds(1)));
    }

    @Test
    void anEvaluatorAppearsOnceAndAGridHasAtMostTwelveLines() {
        assertEquals("funding.call.evaluatorTwice", refusal(TestCalls.call(Set.of(), 3, Set.of(),
                TestCalls.grid(100), List.of("nadia", "nadia"))));
        CallData thirteen = TestCalls.call(Set.of(), 3, Set.of(),
                TestCalls.grid(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 40), PANEL);
        JisrException refused = assertThrows(JisrException.class, () -> CallRules.check(thirteen));
        assertEquals("funding.call.tooManyCriteria", refused.messageKey());
        assertArrayEquals(new Object[] {12}, refused.arguments());
        assertEquals("funding.call.criterion", refusal(TestCalls.call(Set.of(), 3, Set.of(), TestCalls.grid(0, 100),
                PANEL)));
    }

    private static String refusal(CallData d) {
        return assertThrows(JisrException.class, () -> CallRules.check(d)).messageKey();
    }

    private static CallData withMoney(CallData d, Dirhams envelope, Dirhams ceiling) {
        return new CallData(d.reference(), d.titleAr(), d.titleFr(), d.domains(), d.provinces(), d.opensAt(),
                d.closesAt(), envelope, ceiling, d.minYears(), d.passMark(), d.tieRule(), d.provinceSpread(),
                Set.of(DocumentKind.STATUTES), d.criteria(), d.evaluators());
    }

    private static CallData withWindow(CallData d, java.time.LocalDateTime opens, java.time.LocalDateTime closes) {
        return new CallData(d.reference(), d.titleAr(), d.titleFr(), d.domains(), d.provinces(), opens, closes,
                d.envelope(), d.ceiling(), d.minYears(), d.passMark(), d.tieRule(), d.provinceSpread(),
                d.requiredDocuments(), d.criteria(), d.evaluators());
    }
}
