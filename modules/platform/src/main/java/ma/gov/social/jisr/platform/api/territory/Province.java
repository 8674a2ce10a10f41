package ma.gov.social.jisr.platform.api.territory;

/** A prefecture or province (ISO 3166-2:MA three-letter code such as MA-CAS) and its region. */
public record Province(String code, String regionCode, boolean prefecture, String nameAr, String nameFr) {
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
