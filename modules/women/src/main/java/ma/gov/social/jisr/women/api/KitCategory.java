package ma.gov.social.jisr.women.api;

/** To whom a kit was given, as the ministry and UNFPA count them. */
public enum KitCategory {
    VIOLENCE_VICTIM, PREGNANT, SHELTERED, MIGRANT, PRISONER, HEALTH_STAFF, SPACE_STAFF
}
