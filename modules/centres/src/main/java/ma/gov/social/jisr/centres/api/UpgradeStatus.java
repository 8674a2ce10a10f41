package ma.gov.social.jisr.centres.api;

public enum UpgradeStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
