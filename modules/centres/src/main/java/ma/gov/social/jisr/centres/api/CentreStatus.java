package ma.gov.social.jisr.centres.api;

public enum CentreStatus {
    PLANNED, OPEN, SUSPENDED, CLOSED
}
