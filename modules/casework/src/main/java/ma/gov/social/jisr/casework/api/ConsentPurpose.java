package ma.gov.social.jisr.casework.api;

/** What a person may agree to: sharing with a kind of service, being contacted, having data kept. */
public enum ConsentPurpose {
    SHARE_WITH_POLICE, SHARE_WITH_JUSTICE, SHARE_WITH_HEALTH, SHARE_WITH_ASSOCIATION, SHARE_WITH_SOCIAL_SERVICES,
    BE_CONTACTED, KEEP_DATA;

    public boolean sharing() {
        return name().startsWith("SHARE_");
    }
}
