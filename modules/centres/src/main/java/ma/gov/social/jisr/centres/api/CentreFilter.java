package ma.gov.social.jisr.centres.api;

/** What the centre list is narrowed to; null means "any". Text matches code and names. */
public record CentreFilter(String text, String regionCode, String provinceCode, CentreType type,
                           CentreStatus status, ManagingBody managingBody, Condition condition) {
    public static CentreFilter none() {
        return new CentreFilter(null, null, null, null, null, null, null);
    }
}
