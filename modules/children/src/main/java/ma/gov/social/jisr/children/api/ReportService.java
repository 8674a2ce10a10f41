package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The database's reports: a province's periodic report and the national view of the eight "Awladna" pilots.
 * Counts only, within the caller's territory; an export is allowed to the province's information team and
 * the regional coordinators, and audited.
 */
public interface ReportService {
    /** The pilot provinces: Rabat, Salé, Casablanca, Tangier-Assilah, Meknes, Marrakech, Agadir, Laayoune. */
    List<String> PILOTS = List.of("MA-RAB", "MA-SAL", "MA-CAS", "MA-TNG", "MA-MEK", "MA-MAR", "MA-AGD", "MA-LAA");

    /**
     * A province's report; with no province, the pilots of the caller's territory together, with one line a
     * pilot (the national view).
     */
    PeriodicReport report(String provinceCode, LocalDate from, LocalDate to);

    /** Checks the caller may export this report and records the export; refused otherwise (and audited). */
    void exporting(String provinceCode, LocalDate from, LocalDate to, String format);
}
