package ma.gov.social.jisr.platform.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FiguresWriterTest {
    private static FiguresReport report(String situation) {
        return new FiguresReport("Rapport périodique", List.of("Rabat, 2026-01-01 → 2026-06-30"), List.of(
                new Section("Par situation", "Situation", List.of("Enfants"), List.of(Line.of(situation, 12),
                        Line.of("Enfant des rues", 3)), Chart.BAR),
                new Section("Par sexe", "Sexe", List.of("Enfants"), List.of(Line.of("Fille", 9), Line.of("Garçon", 6)),
                        Chart.PIE),
                new Section("Par province", "Province", List.of("Ouverts", "Clos"),
                        List.of(new Line("Rabat", List.of(10L, 4L))), Chart.BAR)));
    }

    @Test
    void theWorkbookHoldsEachTableWithANativeChartAndNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWriter.xlsx(report("=HYPERLINK(\"http://x\")"), Locale.FRENCH, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Rapport périodique", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getDrawingPatriarch().getCharts().size());
            assertEquals("'=HYPERLINK(\"http://x\")", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(12.0, sheet.getRow(5).getCell(1).getNumericCellValue());
        }
        ByteArrayOutputStream arabic = new ByteArrayOutputStream();
        FiguresWriter.xlsx(report("طفل ضحية عنف"), Locale.forLanguageTag("ar"), arabic);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(arabic.toByteArray()))) {
            assertTrue(book.getSheetAt(0).getCTWorksheet().getSheetViews().getSheetViewArray(0).getRightToLeft());
        }
    }

    @Test
    void thePdfHasTheTablesAndAChartImagePerChartedSection() throws IOException {
        assumeTrue(Files.isReadable(Path.of(PdfTable.DEFAULT_FONT)), "DejaVu Sans is not installed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresPdf.write(report("Victime de violence"), false, PdfTable.DEFAULT_FONT, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertTrue(text.toString().contains("Victime de violence"), text.toString());
        assertTrue(text.toString().contains("Par province"), text.toString());
        int images = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            var object = reader.getPdfObjectRelease(i);
            if (object instanceof com.lowagie.text.pdf.PdfStream stream
                    && com.lowagie.text.pdf.PdfName.IMAGE.equals(stream.get(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                images++;
            }
        }
        assertEquals(3, images);
    }

    @Test
    void anArabicChartIsDrawnWithTheReportsFont() throws IOException {
        assumeTrue(Files.isReadable(Path.of(PdfTable.DEFAULT_FONT)), "DejaVu Sans is not installed");
        Section section = new Section("حسب الوضعية", "الوضعية", List.of("الأطفال"),
                List.of(Line.of("طفل في وضعية الشارع", 7)), Chart.BAR);
        var image = ImageIO.read(new ByteArrayInputStream(FiguresPdf.png(section,
                FiguresPdf.theme(PdfTable.DEFAULT_FONT))));
        assertEquals(900, image.getWidth());
    }

    @Test
    void aLineWithTooFewValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Section("x", "y", List.of("a", "b"),
                List.of(Line.of("z", 1)), Chart.BAR));
    }
}
