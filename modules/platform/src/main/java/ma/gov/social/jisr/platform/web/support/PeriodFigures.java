package ma.gov.social.jisr.platform.web.support;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.FiguresReport;

/**
 * What every figures page of a period shares (a module's report view extends it): the period, the report
 * built on loading, and its Excel and PDF downloads, each audited (and possibly refused) by the module's
 * service before the report is built again and sent. A refusal is shown; nothing is sent.
 */
public abstract class PeriodFigures implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to = LocalDate.now();
    private transient FiguresReport report;

    protected PeriodFigures(LocalDate from) {
        this.from = from;
    }

    /** The module's counts of the period, as a report in the reader's language. */
    protected abstract FiguresReport build();

    /** Has the module's service audit the export in {@code format} (and refuse one outside the territory). */
    protected abstract void exporting(String format);

    /** The download's name without its extension ("jisr-salama-kits-MA-04-2020-01-01-2026-11-24"). */
    protected abstract String fileName();

    public void load() {
        report = null;
        try {
            report = build();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void excel() throws IOException {
        export("xlsx", true);
    }

    public void pdf() throws IOException {
        export("pdf", false);
    }

    private void export(String format, boolean excel) throws IOException {
        try {
            exporting(format);
            load();
            if (report != null) {
                Figures.send(report, fileName(), excel);
            }
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public FiguresReport getReport() {
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
