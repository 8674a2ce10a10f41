package ma.gov.social.jisr.platform.api.territory;

/** How much of the country an account may see. */
public enum ScopeLevel {
    NATIONAL, REGION, PROVINCE
}
