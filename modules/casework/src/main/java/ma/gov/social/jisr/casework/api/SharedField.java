package ma.gov.social.jisr.casework.api;

/** A piece of a case that a referral may carry, when its purpose needs it. */
public enum SharedField {
    FULL_NAME, BIRTH_DATE, NATIONAL_ID, PHONE, ADDRESS, REASON
}
