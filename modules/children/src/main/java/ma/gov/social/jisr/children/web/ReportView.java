package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.children.api.ReportService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.web.support.Figures;
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
        export(ExportFormat.XLSX.extension(), true);
    }

    public void pdf() throws IOException {
        export("pdf", false);
    }

    private void export(String extension, boolean excel) throws IOException {
        try {
            reports.exporting(provinceCode, from, to, extension);
            load();
            if (report != null) {
                Figures.send(report, "jisr-children-report-" + (blank(provinceCode) ? "pilots" : provinceCode)
                        + "-" + from + "-" + to, excel);
            }
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
