package ma.gov.social.jisr.children.api;

/** The domains of the best-interest assessment. */
public enum AssessmentDomain {
    SAFETY, HEALTH, EDUCATION, FAMILY, LEGAL_STATUS
}
