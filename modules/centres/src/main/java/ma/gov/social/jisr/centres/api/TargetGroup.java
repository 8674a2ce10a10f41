package ma.gov.social.jisr.centres.api;

/** Whom a type of centre mainly serves: the upgrade programme gives some groups priority. */
public enum TargetGroup {
    WOMEN, CHILDREN, FAMILIES, ELDERLY, DISABILITY, GENERAL
}
