package ma.gov.social.jisr.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.casework.api.Consent;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.platform.api.JisrException;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Consent consent(long id, ConsentPurpose purpose, ConsentBasis basis, boolean withdrawn) {
        return new Consent(id, purpose, basis, basis.legalGround() ? ConsentGiver.NOBODY : ConsentGiver.PERSON, null,
                "ref", TODAY, "amina", withdrawn ? LocalDateTime.now() : null, withdrawn ? "amina" : null);
    }

    @Test
    void aReferralNeedsAnActiveConsentForItsOwnPurpose() {
        var health = consent(1, ConsentPurpose.SHARE_WITH_HEALTH, ConsentBasis.CONSENT, false);
        assertTrue(ConsentRules.covering(List.of(health), ReferralTarget.POLICE.purpose()).isEmpty());
        assertEquals(1, ConsentRules.covering(List.of(health), ReferralTarget.HOSPITAL_UNIT.purpose()).get().id());
        var withdrawn = consent(2, ConsentPurpose.SHARE_WITH_POLICE, ConsentBasis.CONSENT, true);
        assertTrue(ConsentRules.covering(List.of(withdrawn), ConsentPurpose.SHARE_WITH_POLICE).isEmpty());
    }

    @Test
    void aLegalGroundStandsInForConsentOnlyWhereTheLawProvides() {
        var prosecutor = consent(3, ConsentPurpose.SHARE_WITH_JUSTICE, ConsentBasis.PROSECUTOR_REQUEST, false);
        assertEquals(3, ConsentRules.covering(List.of(prosecutor), ConsentPurpose.SHARE_WITH_JUSTICE).get().id());
        assertEquals("casework.consent.groundDoesNotCover", assertThrows(JisrException.class, () -> ConsentRules.check(
                new ConsentData(ConsentPurpose.SHARE_WITH_ASSOCIATION, ConsentBasis.PROSECUTOR_REQUEST,
                        ConsentGiver.NOBODY, null, "R-12", TODAY), TODAY)).messageKey());
    }

    @Test
    void aLegalGroundNeedsItsReferenceAndAConsentItsGiver() {
        assertEquals("casework.consent.referenceRequired", assertThrows(JisrException.class, () -> ConsentRules.check(
                new ConsentData(ConsentPurpose.SHARE_WITH_POLICE, ConsentBasis.CHILD_IN_DANGER, ConsentGiver.NOBODY,
                        null, " ", TODAY), TODAY)).messageKey());
        assertEquals("casework.consent.guardianRequired", assertThrows(JisrException.class, () -> ConsentRules.check(
                new ConsentData(ConsentPurpose.SHARE_WITH_HEALTH, ConsentBasis.CONSENT, ConsentGiver.GUARDIAN,
                        null, null, TODAY), TODAY)).messageKey());
        assertEquals("casework.consent.future", assertThrows(JisrException.class, () -> ConsentRules.check(
                new ConsentData(ConsentPurpose.SHARE_WITH_HEALTH, ConsentBasis.CONSENT, ConsentGiver.PERSON,
                        null, null, TODAY.plusDays(1)), TODAY)).messageKey());
        ConsentRules.check(new ConsentData(ConsentPurpose.SHARE_WITH_HEALTH, ConsentBasis.CONSENT,
                ConsentGiver.PERSON, null, null, TODAY), TODAY);
    }
}
