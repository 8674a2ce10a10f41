package ma.gov.social.jisr.children.api;

/** The domains of a life project's goals. */
public enum ProjectDomain {
    FAMILY, EDUCATION, HEALTH, VOCATIONAL_TRAINING, LEGAL_SITUATION, LEISURE
}
