package ma.gov.social.jisr.children.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import ma.gov.social.jisr.children.api.ReportService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import ma.gov.social.jisr.platform.api.export.FiguresWriter;
import ma.gov.social.jisr.platform.web.support.Charts;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;

/**
 * The information team's periodic report of a province, or of the pilots together with one line each (the
 * national view): each section as a chart beside its table; the same sections go to Excel and PDF.
 */
@Named("childReportView")
@ViewScoped
public class ReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;
    @Inject
    private ScopeLabel places;

    private String provinceCode;
    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now();
    private transient FiguresReport report;

    public void load() {
        report = null;
        try {
            report = ReportSections.of(reports.report(provinceCode, from, to), places);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void excel() throws IOException {
        export(ExportFormat.XLSX.extension(), ExportFormat.XLSX.contentType(), true);
    }

    public void pdf() throws IOException {
        export("pdf", "application/pdf", false);
    }

    private void export(String extension, String contentType, boolean excel) throws IOException {
        try {
            reports.exporting(provinceCode, from, to, extension);
            load();
            if (report == null) {
                return;
            }
            FiguresReport written = report;
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Downloads.send("jisr-children-report-" + (blank(provinceCode) ? "pilots" : provinceCode) + "-" + from + "-"
                    + to + "." + extension, contentType, out -> {
                        if (excel) {
                            FiguresWriter.xlsx(written, locale, out);
                        } else {
                            FiguresWriter.pdf(written, locale, out);
                        }
                    });
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public FiguresReport getReport() {
        return report;
    }

    public String chart(int index) {
        Section s = report.sections().get(index);
        List<Charts.Series> series = IntStream.range(0, s.valueHeaders().size()).mapToObj(i -> new Charts.Series(
                s.valueHeaders().get(i), s.lines().stream().map(l -> l.values().get(i)).toList())).toList();
        return Charts.of(s.chart() == FiguresReport.Chart.PIE ? "pie" : "bar",
                s.lines().stream().map(FiguresReport.Line::label).toList(), series);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
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
