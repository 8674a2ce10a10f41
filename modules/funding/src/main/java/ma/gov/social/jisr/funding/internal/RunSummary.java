package ma.gov.social.jisr.funding.internal;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.FundingTotals.Format;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.PdfTable;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * A run's payments as people read and sign them, in one language: the same orders as its file, in the same
 * (tranche) order, with their total, who prepared and who approved it. Read page by page, whatever the run's size.
 */
final class RunSummary {
    private static final int PAGE = 1000;
    /** #, agreement, tranche, association, province, IBAN (28 characters on one line), end-to-end id, amount. */
    private static final float[] WIDTHS = {3, 11, 6, 16, 10, 24, 12, 11};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Payment(long trancheId, String agreement, int number, String association, String province,
                           String rib, String endToEndId, Dirhams amount) {
    }

    private final Sql sql;
    private final TerritoryService territories;
    private final ResourceBundle labels;
    private final Locale locale;

    RunSummary(Sql sql, TerritoryService territories, Locale locale) {
        this.sql = sql;
        this.territories = territories;
        this.locale = locale;
        this.labels = ResourceBundle.getBundle("ma.gov.social.jisr.funding.i18n.messages", locale);
    }

    void write(DisbursementRun run, Format format, OutputStream out) {
        List<String> headers = List.of("#", labels.getString("summary.agreement"), labels.getString("summary.tranche"),
                labels.getString("summary.association"), labels.getString("summary.province"),
                labels.getString("summary.account"), labels.getString("run.endToEnd"), labels.getString("summary.amount"));
        List<List<String>> end = List.of(
                List.of("", "", "", labels.getString("summary.total"), "", "", Long.toString(run.ordered()),
                        run.total().format(locale)),
                List.of("", labels.getString("run.preparedBy"), "", run.preparedBy(), labels.getString("run.approvedBy"),
                        run.approvedBy(), labels.getString("summary.signature"), ""));
        if (format == Format.PDF) {
            Iterable<List<String>> lines = () -> new Lines(run.id(), end);
            PdfTable.write(title(run), headers, WIDTHS, lines, locale, out);
            return;
        }
        try (TableWriter table = TableWriter.open(ExportFormat.XLSX, out, headers)) {
            long n = 0;
            for (List<Payment> page = page(run.id(), 0); !page.isEmpty();
                 page = page(run.id(), page.get(page.size() - 1).trancheId())) {
                for (Payment p : page) {
                    // amounts stay numbers, so that the sheet adds them up
                    table.row(++n, p.agreement(), p.number(), p.association(), province(p), p.rib(), p.endToEndId(),
                            p.amount().amount());
                }
            }
            table.row(null, null, null, labels.getString("summary.total"), null, null, run.ordered(),
                    run.total().amount());
            table.row(null, labels.getString("run.preparedBy"), run.preparedBy(), labels.getString("run.approvedBy"),
                    run.approvedBy());
            table.row(title(run));
        }
    }

    private String title(DisbursementRun run) {
        return labels.getString("summary.title") + " " + run.reference() + " — " + labels.getString("run.valueDate")
                + " " + run.request().valueDate().format(DAY);
    }

    private String province(Payment p) {
        return territories.province(p.province()).map(v -> v.name(locale.getLanguage())).orElse(p.province());
    }

    private List<Payment> page(long runId, long afterTrancheId) {
        return sql.list("select o.tranche_id, g.reference, t.number, o.creditor_name, o.province_code, o.rib,"
                + " o.end_to_end_id, o.amount from fun_payment_order o join fun_tranche t on t.id = o.tranche_id"
                + " join fun_agreement g on g.id = t.agreement_id where o.run_id = ? and o.tranche_id > ?"
                + " order by o.tranche_id limit ?", r -> new Payment(r.number("tranche_id"), r.string("reference"),
                        r.integer("number"), r.string("creditor_name"), r.string("province_code"),
                        new Rib(r.string("rib")).iban(), r.string("end_to_end_id"), r.dirhams("amount")),
                runId, afterTrancheId, PAGE);
    }

    /** The PDF's lines, one page of orders at a time, then the total and the signatures. */
    private final class Lines implements Iterator<List<String>> {
        private final long runId;
        private final List<List<String>> end;
        private List<Payment> page;
        private int next;
        private long n;
        private int ended;

        Lines(long runId, List<List<String>> end) {
            this.runId = runId;
            this.end = end;
            this.page = page(runId, 0);
        }

        @Override
        public boolean hasNext() {
            if (next == page.size() && !page.isEmpty()) {
                page = page.size() < PAGE ? List.of() : page(runId, page.get(page.size() - 1).trancheId());
                next = 0;
            }
            return next < page.size() || ended < end.size();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next < page.size()) {
                Payment p = page.get(next++);
                List<String> line = new ArrayList<>(8);
                line.addAll(List.of(Long.toString(++n), p.agreement(), Integer.toString(p.number()), p.association(),
                        province(p), p.rib(), p.endToEndId(), p.amount().format(locale)));
                return line;
            }
            return end.get(ended++);
        }
    }
}
