package ma.gov.social.jisr.women.api;

/** What she needs now. */
public enum ImmediateNeed {
    SAFETY, SHELTER, MEDICAL_CARE, LEGAL_HELP, PSYCHOLOGICAL_SUPPORT, FOOD_AND_CLOTHES, CHILD_CARE
}
