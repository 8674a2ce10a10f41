package ma.gov.social.jisr.casework.api;

/** Where a referral stands: sent, received, acted upon, or refused (with a reason). */
public enum ReferralStatus {
    SENT, RECEIVED, ACTED, REFUSED;

    public boolean pending() {
        return this == SENT || this == RECEIVED;
    }
}
