package ma.gov.social.jisr.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

class CaseStepsTest {
    @Test
    void anOpenCaseMovesOneStepAtATime() {
        assertEquals(CaseStep.ASSESSED, CaseSteps.next(CaseStep.REGISTERED));
        assertEquals(CaseStep.FOLLOW_UP, CaseSteps.next(CaseStep.SERVICES));
    }

    @Test
    void theLastOpenStepEndsByAClosureWithAReason() {
        assertEquals("casework.step.closeInstead",
                assertThrows(JisrException.class, () -> CaseSteps.next(CaseStep.FOLLOW_UP)).messageKey());
        assertEquals("casework.close.reasonRequired", assertThrows(JisrException.class,
                () -> CaseSteps.requireClosable(CaseStep.SERVICES, null, "x")).messageKey());
        assertEquals("casework.close.noteRequired", assertThrows(JisrException.class,
                () -> CaseSteps.requireClosable(CaseStep.SERVICES, CloseReason.OTHER, " ")).messageKey());
        CaseSteps.requireClosable(CaseStep.REGISTERED, CloseReason.DECLINED_SERVICES, null);
    }

    @Test
    void aClosedCaseTakesNoChange() {
        assertEquals("casework.closed",
                assertThrows(JisrException.class, () -> CaseSteps.next(CaseStep.CLOSED)).messageKey());
        assertEquals("casework.closed", assertThrows(JisrException.class,
                () -> CaseSteps.requireClosable(CaseStep.CLOSED, CloseReason.GOALS_MET, null)).messageKey());
    }

    @Test
    void aReopenedCaseGoesBackToTheStepItWasClosedFrom() {
        assertEquals(CaseStep.SERVICES, CaseSteps.reopenedAt(CaseStep.CLOSED, CaseStep.SERVICES));
        assertEquals(CaseStep.REGISTERED, CaseSteps.reopenedAt(CaseStep.CLOSED, null));
        assertEquals("casework.reopen.notClosed", assertThrows(JisrException.class,
                () -> CaseSteps.reopenedAt(CaseStep.ASSESSED, null)).messageKey());
    }
}
