package ma.gov.social.jisr.casework.internal;

import java.util.EnumMap;
import java.util.Map;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.SharedField;
import ma.gov.social.jisr.people.api.PersonCard;

/** What a referral carries: the fields its target needs, taken from the person, and nothing else. */
final class ReferralFields {
    private ReferralFields() {
    }

    static Map<SharedField, String> of(ReferralTarget target, PersonCard person, String reason) {
        Map<SharedField, String> values = new EnumMap<>(SharedField.class);
        for (SharedField field : target.fields()) {
            String value = switch (field) {
                case FULL_NAME -> person.fullName();
                case BIRTH_DATE -> person.birthDate() != null ? person.birthDate().toString()
                        : String.valueOf(person.birthYear());
                case NATIONAL_ID -> person.nationalId();
                case PHONE -> person.phone();
                case ADDRESS -> person.address();
                case REASON -> reason == null ? null : reason.strip();
            };
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        }
        return values;
    }
}
