package ma.gov.social.jisr.children.api;

/** An institution or foster family with its places, as pick lists show them. */
public record PlaceHolder(PlacementKind kind, long id, String nameAr, String nameFr, String provinceCode, int places,
                          int occupied) {
    public int free() {
        return Math.max(0, places - occupied);
    }

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
