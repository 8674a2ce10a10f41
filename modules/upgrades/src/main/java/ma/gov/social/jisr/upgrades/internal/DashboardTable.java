package ma.gov.social.jisr.upgrades.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.upgrades.api.DashboardRow;

/** The dashboard as one table of labelled text, the same for the spreadsheet and the PDF. */
final class DashboardTable {
    private static final String[] COLUMNS = {"year", "region", "target", "approved", "finished", "budgetPlanned", "spent"};

    final Locale locale;
    final ResourceBundle labels;
    final List<String> headers = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();

    DashboardTable(Locale locale, TerritoryService territories, List<DashboardRow> regions, List<DashboardRow> years) {
        this.locale = locale;
        this.labels = ResourceBundle.getBundle("ma.gov.social.jisr.upgrades.i18n.messages", locale);
        for (String column : COLUMNS) {
            headers.add(labels.getString("dashboard." + column));
        }
        for (DashboardRow r : regions) {
            rows.add(row(r, territories));
        }
        rows.add(List.of("", labels.getString("dashboard.byYear"), "", "", "", "", ""));
        for (DashboardRow r : years) {
            rows.add(row(r, territories));
        }
    }

    String title(int year) {
        return labels.getString("dashboard.title") + " " + year;
    }

    boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    private List<String> row(DashboardRow r, TerritoryService territories) {
        String region = r.regionCode() == null ? labels.getString("dashboard.national")
                : territories.region(r.regionCode()).map(this::name).orElse(r.regionCode());
        return List.of(String.valueOf(r.year()), region, Long.toString(r.target()), Long.toString(r.approved()),
                Long.toString(r.finished()), r.budgetPlanned().amount().toPlainString(),
                r.spent().amount().toPlainString());
    }

    private String name(Region region) {
        return rightToLeft() ? region.nameAr() : region.nameFr();
    }

    void writeSpreadsheet(OutputStream out) {
        try (TableWriter table = TableWriter.open(ExportFormat.XLSX, out, headers)) {
            for (List<String> row : rows) {
                table.row(row.toArray());
            }
        }
    }
}
