package ma.gov.social.jisr.centres.api;

/** What another module needs of a centre: where it is, what kind, and its beds (residential centres). */
public record CentreCard(long id, String code, String nameAr, String nameFr, CentreType type, CentreStatus status,
                         String regionCode, String provinceCode, Integer beds) {
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
