package ma.gov.social.jisr.funding.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.FundingTotals.By;
import ma.gov.social.jisr.funding.api.FundingTotals.Format;
import ma.gov.social.jisr.funding.api.TotalRow;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.PdfTable;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The totals as a labelled table in one language, for the spreadsheet and the PDF. The last line (no key) is
 * the total. In the spreadsheet amounts stay numbers, so that it can add them up; names are text, never formulas.
 */
final class TotalsTable {
    private static final String[] COLUMNS = {"submitted", "selected", "requested", "granted", "paid"};

    private final Locale locale;
    private final ResourceBundle labels;
    private final TerritoryService territories;
    private final List<CallDetails> calls;
    private final By by;

    TotalsTable(Locale locale, TerritoryService territories, List<CallDetails> calls, By by) {
        this.locale = locale;
        this.labels = ResourceBundle.getBundle("ma.gov.social.jisr.funding.i18n.messages", locale);
        this.territories = territories;
        this.calls = calls;
        this.by = by;
    }

    void write(Format format, Long callId, List<TotalRow> rows, OutputStream out) {
        List<String> headers = new ArrayList<>();
        headers.add(labels.getString("totals.by." + by.name()));
        for (String column : COLUMNS) {
            headers.add(labels.getString("totals." + column));
        }
        if (format == Format.PDF) {
            List<List<String>> lines = rows.stream().map(r -> List.of(label(r), Long.toString(r.submitted()),
                    Long.toString(r.selected()), r.requested().format(locale), r.granted().format(locale),
                    r.paid().format(locale))).toList();
            PdfTable.write(title(callId), headers, lines, locale, out);
            return;
        }
        try (TableWriter table = TableWriter.open(ExportFormat.XLSX, out, headers)) {
            for (TotalRow r : rows) {
                table.row(label(r), r.submitted(), r.selected(), r.requested().amount(), r.granted().amount(),
                        r.paid().amount());
            }
        }
    }

    private String title(Long callId) {
        String call = calls.stream().filter(c -> callId != null && c.id() == callId).findFirst()
                .map(c -> " — " + c.data().reference()).orElse("");
        return labels.getString("totals.title") + " — " + labels.getString("totals.by." + by.name()) + call;
    }

    private String label(TotalRow r) {
        if (r.key() == null) {
            return labels.getString("totals.total");
        }
        String language = locale.getLanguage();
        return switch (by) {
            case CALL -> calls.stream().filter(c -> c.data().reference().equals(r.key())).findFirst()
                    .map(c -> r.key() + " — " + c.data().title(language)).orElse(r.key());
            case DOMAIN -> labels.getString("domain." + r.key());
            case REGION -> territories.region(r.key()).map(g -> g.name(language)).orElse(r.key());
            case PROVINCE -> territories.province(r.key()).map(p -> p.name(language)).orElse(r.key());
        };
    }
}
