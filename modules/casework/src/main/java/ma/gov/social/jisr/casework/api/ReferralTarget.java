package ma.gov.social.jisr.casework.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is referred, the consent purpose that allows it, and the only fields it carries: a hospital
 * needs no identity card number, an association no address.
 */
public enum ReferralTarget {
    POLICE(ConsentPurpose.SHARE_WITH_POLICE, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE,
            SharedField.PHONE, SharedField.ADDRESS)),
    GENDARMERIE(ConsentPurpose.SHARE_WITH_POLICE, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE,
            SharedField.PHONE, SharedField.ADDRESS)),
    PROSECUTOR(ConsentPurpose.SHARE_WITH_JUSTICE, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE,
            SharedField.NATIONAL_ID, SharedField.ADDRESS)),
    COURT(ConsentPurpose.SHARE_WITH_JUSTICE, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE,
            SharedField.NATIONAL_ID, SharedField.ADDRESS)),
    /** The hospitals' integrated units for women and children victims of violence. */
    HOSPITAL_UNIT(ConsentPurpose.SHARE_WITH_HEALTH, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE)),
    ASSOCIATION(ConsentPurpose.SHARE_WITH_ASSOCIATION, EnumSet.of(SharedField.FULL_NAME, SharedField.PHONE)),
    /** Another social module's team (a woman's child at risk to the children's module). */
    MODULE(ConsentPurpose.SHARE_WITH_SOCIAL_SERVICES, EnumSet.of(SharedField.FULL_NAME, SharedField.BIRTH_DATE,
            SharedField.ADDRESS));

    private final ConsentPurpose purpose;
    private final Set<SharedField> fields;

    ReferralTarget(ConsentPurpose purpose, Set<SharedField> fields) {
        this.purpose = purpose;
        this.fields = EnumSet.copyOf(fields);
        this.fields.add(SharedField.REASON);
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public Set<SharedField> fields() {
        return EnumSet.copyOf(fields);
    }
}
