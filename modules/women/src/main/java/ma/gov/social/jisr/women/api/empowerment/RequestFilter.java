package ma.gov.social.jisr.women.api.empowerment;

/** Empty values match everything; the caller's territory always applies. */
public record RequestFilter(String regionCode, String provinceCode, RequestStage stage, Sector sector,
                            Programme programme) {
    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null);
    }

    public RequestFilter withStage(RequestStage s) {
        return new RequestFilter(regionCode, provinceCode, s, sector, programme);
    }
}
