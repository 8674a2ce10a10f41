package ma.gov.social.jisr.women.api.empowerment;

/** Empty values match everything; the caller's territory always applies. */
public record EntrepreneurFilter(String regionCode, String provinceCode, EntrepreneurKind kind, Sector sector) {
    public static EntrepreneurFilter all() {
        return new EntrepreneurFilter(null, null, null, null);
    }
}
