package ma.gov.social.jisr.children.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.children.api.AssessmentDomain;
import ma.gov.social.jisr.children.api.Concern;
import ma.gov.social.jisr.children.api.DangerLevel;
import ma.gov.social.jisr.children.api.DecidedBy;
import ma.gov.social.jisr.children.api.Identification;
import ma.gov.social.jisr.children.api.IdentificationSource;
import ma.gov.social.jisr.children.api.MeasureData;
import ma.gov.social.jisr.children.api.MeasureKind;
import ma.gov.social.jisr.children.api.Situation;
import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

class ChildRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aChildIsAnAdultFromTheEighteenthBirthdayAndAnUnknownBirthdayCountsFromTheYearsLastDay() {
        LocalDate born = LocalDate.of(2008, 11, 25);
        assertFalse(ChildRules.adultAt(born, 2008, TODAY), "17 until tomorrow");
        assertTrue(ChildRules.adultAt(born, 2008, TODAY.plusDays(1)));
        assertEquals(LocalDate.of(2026, 12, 31), ChildRules.adultOn(null, 2008));
        assertFalse(ChildRules.adultAt(null, 2008, TODAY), "born some day of 2008: given the benefit of the doubt");
        assertTrue(ChildRules.adultAt(null, 2007, TODAY));
    }

    @Test
    void concernsAddUpToADangerLevel() {
        Concern n = Concern.NONE;
        Concern m = Concern.MILD;
        Concern s = Concern.SERIOUS;
        Concern c = Concern.CRITICAL;
        assertEquals(DangerLevel.LOW, ChildRules.danger(concerns(n, m, n, n, n), false));
        assertEquals(DangerLevel.MODERATE, ChildRules.danger(concerns(n, m, m, n, n), false));
        assertEquals(DangerLevel.MODERATE, ChildRules.danger(concerns(n, n, s, n, n), false));
        assertEquals(DangerLevel.HIGH, ChildRules.danger(concerns(n, s, n, s, n), false));
        assertEquals(DangerLevel.HIGH, ChildRules.danger(concerns(n, n, n, n, c), false));
        assertEquals(DangerLevel.IMMEDIATE, ChildRules.danger(concerns(c, n, n, n, n), false), "a critical safety");
        assertEquals(DangerLevel.IMMEDIATE, ChildRules.danger(concerns(n, n, n, n, n), true), "seen by the worker");
    }

    @Test
    void anAssessmentMustCoverEveryDomain() {
        Map<AssessmentDomain, Concern> partial = concerns(Concern.NONE, Concern.NONE, Concern.NONE, Concern.NONE,
                Concern.NONE);
        partial.remove(AssessmentDomain.LEGAL_STATUS);
        assertKey("children.assessment.allDomains",
                () -> ChildRules.checkAssessment(partial, TODAY, TODAY.minusDays(3), TODAY));
        assertKey("casework.date.beforeOpening", () -> ChildRules.checkAssessment(concerns(Concern.NONE,
                Concern.NONE, Concern.NONE, Concern.NONE, Concern.NONE), TODAY.minusDays(4), TODAY.minusDays(3), TODAY));
    }

    @Test
    void anEmergencyMeasureIsDueWithinTheSetHours() {
        LocalDateTime seen = LocalDateTime.of(2026, 11, 24, 22, 0);
        assertEquals(LocalDateTime.of(2026, 11, 25, 22, 0), ChildRules.emergencyDue(seen, 24));
    }

    @Test
    void aMeasureNeedsItsDecisionReferenceAndAReviewWithinItsDuration() {
        LocalDate decided = TODAY.minusDays(10);
        assertKey("children.measure.referenceRequired", () -> ChildRules.checkMeasure(measure(" ", decided, 6,
                decided.plusMonths(3)), decided, TODAY));
        assertKey("children.measure.reviewBeforeDecision", () -> ChildRules.checkMeasure(measure("TPI 12/2026",
                decided, 6, decided.minusDays(1)), decided, TODAY));
        assertKey("children.measure.reviewAfterEnd", () -> ChildRules.checkMeasure(measure("TPI 12/2026", decided, 6,
                decided.plusMonths(7)), decided, TODAY));
        assertKey("children.measure.duration", () -> ChildRules.checkMeasure(measure("TPI 12/2026", decided, 0,
                decided.plusMonths(1)), decided, TODAY));
        ChildRules.checkMeasure(measure("TPI 12/2026", decided, 6, decided.plusMonths(3)), decided, TODAY);
    }

    @Test
    void aReviewCannotPrecedeItsMeasureAndTheNextOneFollowsIt() {
        LocalDate decided = TODAY.minusMonths(2);
        assertKey("children.review.beforeMeasure", () -> ChildRules.checkMeasureReview(decided, decided.minusDays(1),
                TODAY.plusMonths(3), TODAY));
        assertKey("children.review.nextAfter", () -> ChildRules.checkMeasureReview(decided, TODAY, TODAY, TODAY));
        ChildRules.checkMeasureReview(decided, TODAY, TODAY.plusMonths(3), TODAY);
    }

    @Test
    void anIdentificationNamesWhoAndWhatAndNeverTheChildAsAbuser() {
        assertKey("children.identification.situationRequired", () -> ChildRules.checkIdentification(
                identification(Set.of(), Set.of()), TODAY));
        assertKey("children.identification.abuserIsChild", () -> ChildRules.checkIdentification(
                identification(Set.of(Situation.NEGLECT), Set.of(7L)), TODAY));
        ChildRules.checkIdentification(identification(Set.of(Situation.NEGLECT), Set.of(8L)), TODAY);
    }

    private static Identification identification(Set<Situation> situations, Set<Long> abusers) {
        return new Identification(7L, 1L, TODAY, IdentificationSource.SCHOOL, null, situations, false, null, abusers,
                "w", "s", false);
    }

    private static MeasureData measure(String reference, LocalDate decided, int months, LocalDate review) {
        return new MeasureData(MeasureKind.INSTITUTION_PLACEMENT, DecidedBy.JUVENILE_JUDGE, reference, decided, months,
                review);
    }

    /** Safety, health, education, family, legal status, in that order. */
    private static Map<AssessmentDomain, Concern> concerns(Concern... levels) {
        Map<AssessmentDomain, Concern> m = new EnumMap<>(AssessmentDomain.class);
        for (AssessmentDomain d : AssessmentDomain.values()) {
            m.put(d, levels[d.ordinal()]);
        }
        return m;
    }

    private static void assertKey(String key, Runnable rule) {
        assertEquals(key, assertThrows(JisrException.class, rule::run).messageKey());
    }
}
