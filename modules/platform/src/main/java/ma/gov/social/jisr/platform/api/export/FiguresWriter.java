package ma.gov.social.jisr.platform.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link FiguresReport}: Excel with one sheet, each section's table beside a native Excel chart drawn
 * from its cells (so the reader can re-chart or re-count), right to left in Arabic; PDF through
 * {@link FiguresPdf}. Labels pass through {@link TableWriter#neutralised} and never become formulas.
 */
public final class FiguresWriter {
    private static final int CHART_COLUMNS = 8;
    private static final int CHART_ROWS = 16;

    private FiguresWriter() {
    }

    public static void pdf(FiguresReport report, Locale locale, OutputStream out) {
        FiguresPdf.write(report, "ar".equals(locale.getLanguage()), PdfTable.font(), out);
    }

    public static void xlsx(FiguresReport report, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("jisr");
            sheet.setRightToLeft("ar".equals(locale.getLanguage()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int next = text(sheet, 0, report.title(), bold);
            for (String subtitle : report.subtitles()) {
                next = text(sheet, next, subtitle, null);
            }
            next++;
            for (Section section : report.sections()) {
                next = section(sheet, next, section, bold);
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int text(XSSFSheet sheet, int at, String value, CellStyle style) {
        Row row = sheet.createRow(at);
        row.createCell(0).setCellValue(TableWriter.neutralised(value));
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
        return at + 1;
    }

    /** The section's title, header and lines; its chart to the side. Returns the next free row. */
    private static int section(XSSFSheet sheet, int at, Section section, CellStyle bold) {
        int header = text(sheet, at, section.title(), bold);
        Row head = sheet.createRow(header);
        head.createCell(0).setCellValue(TableWriter.neutralised(section.labelHeader()));
        for (int i = 0; i < section.valueHeaders().size(); i++) {
            head.createCell(i + 1).setCellValue(TableWriter.neutralised(section.valueHeaders().get(i)));
        }
        int r = header + 1;
        for (Line line : section.lines()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(TableWriter.neutralised(line.label()));
            for (int i = 0; i < line.values().size(); i++) {
                row.createCell(i + 1).setCellValue(line.values().get(i));
            }
        }
        if (section.chart() == Chart.NONE || section.lines().isEmpty()) {
            return r + 1;
        }
        chart(sheet, section, header);
        return Math.max(r, header + CHART_ROWS) + 1;
    }

    private static void chart(XSSFSheet sheet, Section section, int header) {
        int first = header + 1;
        int last = header + section.lines().size();
        int column = section.valueHeaders().size() + 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, header, column + CHART_COLUMNS,
                header + CHART_ROWS));
        chart.setTitleText(section.title());
        chart.setTitleOverlay(false);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFChartData data;
        if (section.chart() == Chart.PIE) {
            data = chart.createData(ChartTypes.PIE, null, null);
            ((XDDFPieChartData) data).setVaryColors(true);
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        } else {
            var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            var values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            data = chart.createData(ChartTypes.BAR, categories, values);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
            if (section.valueHeaders().size() > 1) {
                chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            }
        }
        int series = section.chart() == Chart.PIE ? 1 : section.valueHeaders().size();
        for (int i = 0; i < series; i++) {
            var counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, i + 1,
                    i + 1));
            data.addSeries(labels, counts).setTitle(section.valueHeaders().get(i),
                    new CellReference(sheet.getSheetName(), header, i + 1, true, true));
        }
        chart.plot(data);
    }
}
