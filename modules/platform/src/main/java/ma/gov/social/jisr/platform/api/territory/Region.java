package ma.gov.social.jisr.platform.api.territory;

/** One of the 12 regions, coded MA-01..MA-12 by ISO 3166-2:MA. */
public record Region(String code, String nameAr, String nameFr) {
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
