package ma.gov.social.jisr.funding.api;

/** The domains of work the ministry's calls for proposals fund. */
public enum FundingDomain {
    FAMILY_SPACE, SOCIAL_NURSERY, ELDERLY_DAY_CLUB, WOMEN_LISTENING, WOMEN_MULTIFUNCTION, POSITIVE_PARENTING,
    FAMILY_MEDIATION, CHILD_PROTECTION, DISABILITY, ELDERLY_CARE, SALAMA_KITS
}
