package ma.gov.social.jisr.women.api;

/** The kinds of violence a woman reports. */
public enum ViolenceKind {
    PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC, DIGITAL
}
