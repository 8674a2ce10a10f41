package ma.gov.social.jisr.casework.api;

public enum FollowUpKind {
    VISIT, CALL
}
