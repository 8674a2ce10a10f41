package ma.gov.social.jisr.funding.api;

/** Where an association stands with the ministry; a suspended or blacklisted one is neither funded nor paid. */
public enum AssociationStatus {
    ACTIVE, WARNED, SUSPENDED, BLACKLISTED;

    /** Whether it may submit projects and be paid. */
    public boolean inGoodStanding() {
        return this == ACTIVE || this == WARNED;
    }
}
