package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import ma.gov.social.jisr.platform.api.export.FiguresWriter;

/**
 * A figures report on a screen and in a download, the same way for every module: the {@code j:figures} tag
 * draws each section as a chart beside its table ({@link #chart(Section)}), and {@link #send} writes the same
 * report to Excel (native charts) or PDF in the page's language.
 */
@Named("figures")
@ApplicationScoped
public class Figures {
    /** The Chart.js configuration of a section: one series a value column. */
    public String chart(Section s) {
        List<Charts.Series> series = IntStream.range(0, s.valueHeaders().size()).mapToObj(i -> new Charts.Series(
                s.valueHeaders().get(i), s.lines().stream().map(l -> l.values().get(i)).toList())).toList();
        return Charts.of(s.chart() == FiguresReport.Chart.PIE ? "pie" : "bar",
                s.lines().stream().map(FiguresReport.Line::label).toList(), series);
    }

    /** Sends the report as {@code baseName.xlsx} or {@code baseName.pdf}. */
    public static void send(FiguresReport report, String baseName, boolean excel) throws IOException {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (excel) {
            Downloads.send(baseName + "." + ExportFormat.XLSX.extension(), ExportFormat.XLSX.contentType(),
                    out -> FiguresWriter.xlsx(report, locale, out));
        } else {
            Downloads.send(baseName + ".pdf", "application/pdf", out -> FiguresWriter.pdf(report, locale, out));
        }
    }
}
