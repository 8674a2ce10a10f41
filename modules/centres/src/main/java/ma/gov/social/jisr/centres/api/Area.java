package ma.gov.social.jisr.centres.api;

public enum Area {
    URBAN, RURAL
}
