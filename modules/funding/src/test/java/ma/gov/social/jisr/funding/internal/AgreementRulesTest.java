package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.funding.api.AgreementData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {
    private static final Dirhams REQUESTED = Dirhams.of("150000.00");

    private static AgreementData granting(String amount, List<Integer> schedule) {
        return new AgreementData(Dirhams.of(amount), schedule, "Rapport d'activité à chaque tranche",
                LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), "Le directeur", "La présidente");
    }

    @Test
    void theGrantMayEqualButNotExceedTheAmountRequested() {
        AgreementRules.check(granting("150000.00", List.of(60, 40)), REQUESTED);
        AgreementRules.check(granting("99999.99", List.of(100)), REQUESTED);
        JisrException refused = assertThrows(JisrException.class,
                () -> AgreementRules.check(granting("150000.01", List.of(60, 40)), REQUESTED));
        assertEquals("funding.agreement.aboveRequested", refused.messageKey());
        assertArrayEquals(new Object[] {REQUESTED}, refused.arguments());
    }

    @Test
    void aGrantIsPositiveEndsAfterItStartsAndHasAValidSchedule() {
        assertEquals("funding.agreement.amount", assertThrows(JisrException.class,
                () -> AgreementRules.check(granting("0.00", List.of(100)), REQUESTED)).messageKey());
        AgreementData backwards = new AgreementData(Dirhams.of(1000), List.of(100), "Conditions",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), "Le directeur", "La présidente");
        assertEquals("funding.agreement.dates", assertThrows(JisrException.class,
                () -> AgreementRules.check(backwards, REQUESTED)).messageKey());
        assertEquals("funding.agreement.scheduleSum", assertThrows(JisrException.class,
                () -> AgreementRules.check(granting("1000.00", List.of(50, 40)), REQUESTED)).messageKey());
    }

    @Test
    void aClaimAsksBackNoMoreThanWasPaid() {
        Dirhams paid = Dirhams.of("60000.00");
        AgreementRules.checkClaim(paid, "UNSPENT", paid);
        AgreementRules.checkClaim(Dirhams.of("0.01"), "MISUSED", paid);
        JisrException refused = assertThrows(JisrException.class,
                () -> AgreementRules.checkClaim(Dirhams.of("60000.01"), "MISUSED", paid));
        assertEquals("funding.claim.abovePaid", refused.messageKey());
        assertArrayEquals(new Object[] {paid}, refused.arguments());
        assertEquals("funding.claim.amount", assertThrows(JisrException.class,
                () -> AgreementRules.checkClaim(Dirhams.ZERO, "UNSPENT", paid)).messageKey());
        assertEquals("funding.claim.reasonRequired", assertThrows(JisrException.class,
                () -> AgreementRules.checkClaim(Dirhams.of(10), "LOST", paid)).messageKey());
    }
}
