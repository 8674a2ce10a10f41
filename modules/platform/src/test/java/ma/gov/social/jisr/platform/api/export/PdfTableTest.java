package ma.gov.social.jisr.platform.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfTableTest {
    private static final List<String> HEADERS = List.of("Groupe", "Déposés", "Montant");

    @BeforeAll
    static void fontInstalled() {
        assumeTrue(Files.isReadable(Path.of(PdfTable.DEFAULT_FONT)), "DejaVu Sans is not installed");
    }

    private static byte[] pdf(String title, List<List<String>> rows, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfTable.write(title, HEADERS, rows, rightToLeft, PdfTable.DEFAULT_FONT, out);
        return out.toByteArray();
    }

    @Test
    void aFrenchTableReadsBackWithItsTitleAndCells() throws IOException {
        byte[] bytes = pdf("Bilan du financement", List.of(List.of("AAP-2026/01", "12", "1 500,00 MAD")), false);
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Bilan du financement"), text);
        assertTrue(text.contains("AAP-2026/01"), text);
        assertTrue(text.contains("Déposés"), text);
    }

    @Test
    void anArabicTableIsWrittenRightToLeftOnAsManyPagesAsItNeeds() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("جهة الرباط سلا القنيطرة", Integer.toString(i), "1500.00"));
        }
        PdfReader reader = new PdfReader(pdf("حصيلة التمويل", rows, true));
        assertTrue(reader.getNumberOfPages() > 1);
    }

    @Test
    void aRowMustHaveOneCellPerHeader() {
        assertThrows(IllegalArgumentException.class, () -> pdf("x", List.of(List.of("a", "b")), false));
    }

    @Test
    void aMissingFontIsSaidPlainly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var refused = assertThrows(java.io.UncheckedIOException.class, () -> PdfTable.write("x", HEADERS, List.of(),
                false, "/nowhere/font.ttf", out));
        assertTrue(refused.getMessage().contains("jisr.pdf.font"));
        assertEquals(0, out.size());
    }
}
