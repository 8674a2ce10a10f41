package ma.gov.social.jisr.women.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;
import org.junit.jupiter.api.Test;

class RiskScaleTest {
    @Test
    void noAnswerIsLowAndAFewLightOnesMedium() {
        assertEquals(RiskLevel.LOW, RiskScale.level(Set.of()));
        assertEquals(RiskLevel.LOW, RiskScale.level(Set.of(RiskQuestion.ISOLATED_NO_SUPPORT)));
        assertEquals(RiskLevel.MEDIUM, RiskScale.level(Set.of(RiskQuestion.ISOLATED_NO_SUPPORT,
                RiskQuestion.SEPARATION_RECENT_OR_PLANNED)));
    }

    @Test
    void heavyAnswersTogetherMakeAHighRisk() {
        Set<RiskQuestion> yes = Set.of(RiskQuestion.VIOLENCE_INCREASING, RiskQuestion.FORCED_SEX,
                RiskQuestion.ISOLATED_NO_SUPPORT);
        assertEquals(7, RiskScale.score(yes));
        assertEquals(RiskLevel.HIGH, RiskScale.level(yes));
        assertEquals(RiskLevel.MEDIUM, RiskScale.level(Set.of(RiskQuestion.VIOLENCE_INCREASING,
                RiskQuestion.PERPETRATOR_ALCOHOL_OR_DRUGS, RiskQuestion.ISOLATED_NO_SUPPORT)));
    }

    @Test
    void anyRedFlagAloneIsImmediateDanger() {
        for (RiskQuestion q : RiskQuestion.values()) {
            if (q.redFlag()) {
                assertEquals(RiskLevel.IMMEDIATE_DANGER, RiskScale.level(Set.of(q)), q.name());
            }
        }
        assertEquals(RiskLevel.IMMEDIATE_DANGER, RiskScale.level(EnumSet.allOf(RiskQuestion.class)));
    }

    @Test
    void onlyHighLevelsNeedASafetyPlan() {
        assertEquals(EnumSet.of(RiskLevel.HIGH, RiskLevel.IMMEDIATE_DANGER),
                EnumSet.copyOf(java.util.Arrays.stream(RiskLevel.values()).filter(RiskLevel::needsSafetyPlan).toList()));
    }
}
