package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import ma.gov.social.jisr.funding.api.AssociationData;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Rib;
import org.junit.jupiter.api.Test;

class FundingRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Rib RIB = Rib.parse("0117800000123456789012" + Rib.keyFor("0117800000123456789012"))
            .orElseThrow();

    private static AssociationData data(String phone, String email, Set<FundingDomain> domains, LocalDate founded) {
        return new AssociationData("AS-RAB-0001", "جمعية", "Association", "MA-RAB", founded, domains, null, phone,
                email, null);
    }

    @Test
    void theOneWhoAskedForARibChangeNeverDecidesIt() {
        RibChangeEntity change = new RibChangeEntity(1, RIB, "nouvelle banque", "rachid", LocalDateTime.now());
        JisrException refused = assertThrows(JisrException.class,
                () -> change.decide(true, null, "rachid", LocalDateTime.now()));
        assertEquals("funding.rib.fourEyes", refused.messageKey());
        change.decide(true, null, "nadia", LocalDateTime.now());
        assertEquals("funding.rib.alreadyDecided", assertThrows(JisrException.class,
                () -> change.decide(false, "non", "siham", LocalDateTime.now())).messageKey());
    }

    @Test
    void anAssociationNeedsADomainAPastFoundingDateAndAValidPhoneAndEmail() {
        Set<FundingDomain> family = Set.of(FundingDomain.FAMILY_SPACE);
        AssociationRules.check(data("0612345678", "contact@amal.ma", family, TODAY.minusYears(3)), TODAY);
        assertEquals("funding.association.domainRequired", refusal(data(null, null, Set.of(), TODAY)));
        assertEquals("funding.association.registeredInFuture", refusal(data(null, null, family, TODAY.plusDays(1))));
        assertEquals("funding.association.phone", refusal(data("12345", null, family, TODAY)));
        assertEquals("funding.association.email", refusal(data(null, "pas-un-courriel", family, TODAY)));
        assertEquals("funding.association.incomplete", refusal(data(null, null, family, null)));
    }

    private static String refusal(AssociationData d) {
        return assertThrows(JisrException.class, () -> AssociationRules.check(d, TODAY)).messageKey();
    }
}
