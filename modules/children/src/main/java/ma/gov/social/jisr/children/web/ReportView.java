package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import ma.gov.social.jisr.children.api.ReportService;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PeriodFigures;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;

/**
 * The information team's periodic report of a province, or of the pilots together with one line each (the
 * national view): each section as a chart beside its table; the same sections go to Excel and PDF.
 */
@Named("childReportView")
@ViewScoped
public class ReportView extends PeriodFigures {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;
    @Inject
    private ScopeLabel places;

    private String provinceCode;

    public ReportView() {
        super(LocalDate.now().withDayOfYear(1));
    }

    @Override
    protected FiguresReport build() {
        return ReportSections.of(reports.report(provinceCode, getFrom(), getTo()), places);
    }

    @Override
    protected void exporting(String format) {
        reports.exporting(provinceCode, getFrom(), getTo(), format);
    }

    @Override
    protected String fileName() {
        String where = provinceCode == null || provinceCode.isBlank() ? "pilots" : provinceCode;
        return "jisr-children-report-" + where + "-" + getFrom() + "-" + getTo();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

}
