package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

class DisbursementRulesTest {
    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static String refusal(LocalDate valueDate) {
        return assertThrows(JisrException.class, () -> DisbursementRules.checkRequest(
                new RunRequest(valueDate, null, null, null), TODAY)).messageKey();
    }

    @Test
    void theValueDateIsAWorkingDayFromTodayToSixtyDaysAhead() {
        assertDoesNotThrow(() -> DisbursementRules.checkRequest(new RunRequest(TODAY, null, null, null), TODAY));
        assertDoesNotThrow(() -> DisbursementRules.checkRequest(new RunRequest(TODAY.plusDays(59), null, null, null),
                TODAY)); // a Thursday
        assertEquals("funding.run.valueDateRequired", refusal(null));
        assertEquals("funding.run.valueDateInPast", refusal(TODAY.minusDays(1)));
        assertEquals("funding.run.valueDateTooFar", refusal(TODAY.plusDays(61)));
        assertEquals("funding.run.valueDateWeekend", refusal(LocalDate.of(2026, 11, 28)));
        assertEquals("funding.run.valueDateWeekend", refusal(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void whoPreparedARunCannotApproveIt() {
        assertEquals("funding.run.ownApproval", assertThrows(JisrException.class,
                () -> DisbursementRules.checkApprover("finance", "finance")).messageKey());
        assertDoesNotThrow(() -> DisbursementRules.checkApprover("finance", "finance.deux"));
    }

    @Test
    void aRunMovesOnOnlyFromTheStatusesAllowed() {
        assertDoesNotThrow(() -> DisbursementRules.requireStatus(RunStatus.APPROVED, RunStatus.PREPARED,
                RunStatus.APPROVED));
        assertEquals("funding.run.wrongStatus", assertThrows(JisrException.class,
                () -> DisbursementRules.requireStatus(RunStatus.STARTED, RunStatus.PREPARED, RunStatus.APPROVED))
                .messageKey());
    }
}
