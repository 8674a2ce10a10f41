package ma.gov.social.jisr.funding.api;

/** Who a project serves, counted by category. */
public enum TargetCategory {
    WOMEN, CHILDREN, YOUNG_PEOPLE, FAMILIES, ELDERLY, DISABLED
}
