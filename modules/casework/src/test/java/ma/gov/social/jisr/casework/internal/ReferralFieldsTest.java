package ma.gov.social.jisr.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.SharedField;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import org.junit.jupiter.api.Test;

class ReferralFieldsTest {
    private static final PersonCard FATIMA = new PersonCard(7, "فاطمة", "بناني", "Fatima", "Bennani", Sex.FEMALE,
            LocalDate.of(1990, 3, 2), 1990, "AB123456", "0612345678", "12 rue X, Fès", "03", "03-231");

    @Test
    void aHospitalGetsNameAndBirthOnlyNeverTheIdentityCardOrAddress() {
        var fields = ReferralFields.of(ReferralTarget.HOSPITAL_UNIT, FATIMA, "medical certificate");
        assertEquals(Set.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE, SharedField.REASON), fields.keySet());
    }

    @Test
    void theProsecutorGetsTheIdentityCardAndAnAssociationThePhone() {
        assertEquals("AB123456", ReferralFields.of(ReferralTarget.PROSECUTOR, FATIMA, "r").get(SharedField.NATIONAL_ID));
        var association = ReferralFields.of(ReferralTarget.ASSOCIATION, FATIMA, "r");
        assertEquals(Set.of(SharedField.FULL_NAME, SharedField.PHONE, SharedField.REASON), association.keySet());
    }
}
