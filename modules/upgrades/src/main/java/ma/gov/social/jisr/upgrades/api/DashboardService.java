package ma.gov.social.jisr.upgrades.api;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Target vs approved vs finished and budget planned vs spent, per region, nationally, and year over year. */
public interface DashboardService {
    enum Format { XLSX, PDF }

    /** One row per region of the caller's territory, then the total (region null) last. */
    List<DashboardRow> regions(int year);

    /** One total row per programme year, oldest first. */
    List<DashboardRow> years();

    /** The year's dashboard as a spreadsheet or a PDF, in the user's language. Audited. */
    void export(int year, Format format, Locale locale, OutputStream out);
}
