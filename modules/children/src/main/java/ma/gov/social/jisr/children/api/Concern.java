package ma.gov.social.jisr.children.api;

/** How worrying a domain of the child's life is, from none to critical. */
public enum Concern {
    NONE, MILD, SERIOUS, CRITICAL
}
