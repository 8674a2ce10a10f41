package ma.gov.social.jisr.funding.api;

public enum ProjectStatus {
    SUBMITTED, SELECTED, REJECTED, WITHDRAWN
}
