package ma.gov.social.jisr.platform.api.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * A {@link FiguresReport} as a PDF: each section's table (right to left in Arabic, as {@link PdfTable}) and
 * its chart, drawn by JFreeChart with the report's own font so that Arabic labels are shaped, and embedded as
 * an image. Bars lie horizontally: long labels (a situation, a province) stay readable.
 */
final class FiguresPdf {
    private static final int WIDTH = 900;
    private static final int ROW_HEIGHT = 26;

    private FiguresPdf() {
    }

    static void write(FiguresReport report, boolean rightToLeft, String fontPath, OutputStream out) {
        BaseFont base = PdfTable.baseFont(fontPath);
        com.lowagie.text.Font text = new com.lowagie.text.Font(base, 10);
        com.lowagie.text.Font heading = new com.lowagie.text.Font(base, 16);
        com.lowagie.text.Font subheading = new com.lowagie.text.Font(base, 12);
        StandardChartTheme theme = theme(fontPath);
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable top = new PdfPTable(1);
            top.setWidthPercentage(100);
            top.setRunDirection(direction(rightToLeft));
            top.addCell(borderless(PdfTable.cell(report.title(), heading, false, rightToLeft)));
            for (String subtitle : report.subtitles()) {
                top.addCell(borderless(PdfTable.cell(subtitle, text, false, rightToLeft)));
            }
            document.add(top);
            for (Section section : report.sections()) {
                PdfPTable grid = new PdfPTable(section.valueHeaders().size() + 1);
                grid.setWidthPercentage(100);
                grid.setSpacingBefore(14);
                grid.setHeaderRows(2);
                grid.setKeepTogether(section.lines().size() < 25);
                grid.setRunDirection(direction(rightToLeft));
                var title = PdfTable.cell(section.title(), subheading, false, rightToLeft);
                title.setColspan(section.valueHeaders().size() + 1);
                grid.addCell(borderless(title));
                grid.addCell(PdfTable.cell(section.labelHeader(), text, true, rightToLeft));
                section.valueHeaders().forEach(h -> grid.addCell(PdfTable.cell(h, text, true, rightToLeft)));
                for (Line line : section.lines()) {
                    grid.addCell(PdfTable.cell(line.label(), text, false, rightToLeft));
                    line.values().forEach(v -> grid.addCell(PdfTable.cell(String.valueOf(v), text, false,
                            rightToLeft)));
                }
                document.add(grid);
                if (section.chart() != Chart.NONE && !section.lines().isEmpty()) {
                    Image image = Image.getInstance(png(section, theme));
                    image.scaleToFit(document.getPageSize().getWidth() - 72, 320);
                    image.setAlignment(Image.MIDDLE);
                    document.add(image);
                }
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF not written", e);
        } finally {
            document.close();
        }
    }

    private static PdfPCell borderless(PdfPCell cell) {
        cell.setBorder(0);
        return cell;
    }

    private static int direction(boolean rightToLeft) {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    static byte[] png(Section section, StandardChartTheme theme) throws IOException {
        JFreeChart chart;
        int height;
        if (section.chart() == Chart.PIE) {
            DefaultPieDataset<String> data = new DefaultPieDataset<>();
            section.lines().forEach(l -> data.setValue(l.label(), l.values().get(0)));
            chart = ChartFactory.createPieChart(null, data, true, false, false);
            height = 420;
        } else {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            List<String> series = section.valueHeaders();
            for (Line l : section.lines()) {
                for (int i = 0; i < series.size(); i++) {
                    data.addValue(l.values().get(i), series.get(i), l.label());
                }
            }
            chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL,
                    series.size() > 1, false, false);
            height = Math.max(200, 60 + section.lines().size() * series.size() * ROW_HEIGHT);
        }
        theme.apply(chart);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, WIDTH, height);
        return png.toByteArray();
    }

    /** The report's font for every text of the chart: the JVM's default fonts may have no Arabic letters. */
    static StandardChartTheme theme(String fontPath) {
        try {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new File(fontPath));
            StandardChartTheme theme = new StandardChartTheme("jisr");
            theme.setExtraLargeFont(font.deriveFont(java.awt.Font.BOLD, 18f));
            theme.setLargeFont(font.deriveFont(15f));
            theme.setRegularFont(font.deriveFont(13f));
            theme.setSmallFont(font.deriveFont(11f));
            // the screens' colours on white, flat bars
            theme.setPlotBackgroundPaint(java.awt.Color.WHITE);
            theme.setChartBackgroundPaint(java.awt.Color.WHITE);
            theme.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
            theme.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
            theme.setBarPainter(new StandardBarPainter());
            theme.setShadowVisible(false);
            java.awt.Paint[] colours = FiguresReport.COLOURS.stream().map(java.awt.Color::decode)
                    .toArray(java.awt.Paint[]::new);
            theme.setDrawingSupplier(new DefaultDrawingSupplier(colours,
                    DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                    DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                    DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                    DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                    DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
            return theme;
        } catch (java.awt.FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("chart font unusable: " + fontPath, e));
        }
    }
}
