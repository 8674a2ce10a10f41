package ma.gov.social.jisr.centres.api;

/** Whom a type of centre mainly serves: a programme may favour some groups. */
public enum TargetGroup {
    WOMEN, CHILDREN, FAMILIES, ELDERLY, DISABILITY, GENERAL
}
