package ma.gov.social.jisr.children.api;

/** The accompaniment centre's three functions, each with its own team in every province. */
public enum Team {
    TECHNICAL_SUPPORT, SOCIAL_ASSISTANCE, INFORMATION
}
