package ma.gov.social.jisr.women.api;

/** A shelter on the occupancy board: its beds, how many are taken, how many women wait. */
public record ShelterRow(long centreId, String nameAr, String nameFr, String provinceCode, int beds, int occupied,
                         int waiting) {
    public int free() {
        return beds - occupied;
    }

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
