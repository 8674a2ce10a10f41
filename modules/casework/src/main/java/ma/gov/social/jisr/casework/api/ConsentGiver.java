package ma.gov.social.jisr.casework.api;

/** Who agreed: the person, or a guardian (of a child); NOBODY for a legal ground. */
public enum ConsentGiver {
    PERSON, GUARDIAN, NOBODY
}
