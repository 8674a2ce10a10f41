package ma.gov.social.jisr.women.api;

/** The perpetrator's relation to her. */
public enum Perpetrator {
    HUSBAND, FORMER_HUSBAND, FIANCE, FAMILY_MEMBER, IN_LAW, ACQUAINTANCE, EMPLOYER, STRANGER, OTHER
}
