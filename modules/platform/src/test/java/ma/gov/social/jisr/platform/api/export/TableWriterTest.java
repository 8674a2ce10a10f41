package ma.gov.social.jisr.platform.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text typed by anyone must reach a spreadsheet as text, never as a formula (OWASP CSV injection). */
class TableWriterTest {
    private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+212612345678",
            "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1+1");

    private static byte[] write(ExportFormat format, Object... row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.open(format, out, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"))) {
            table.row(row);
        }
        return out.toByteArray();
    }

    @Test
    void csvCellsStartingWithAFormulaCharacterAreQuotedAndNumbersAreNot() throws IOException {
        Object[] row = {DANGEROUS.get(0), DANGEROUS.get(1), DANGEROUS.get(2), DANGEROUS.get(3), DANGEROUS.get(4),
            DANGEROUS.get(5), new BigDecimal("-1250.50"), -3, "Ouazzani"};
        String text = new String(write(ExportFormat.CSV, row), StandardCharsets.UTF_8).substring(1); // the BOM
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        CSVRecord line = records.get(1);
        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertEquals("'" + DANGEROUS.get(i), line.get(i));
        }
        assertEquals("-1250.50", line.get(6), "a negative amount stays a number");
        assertEquals("-3", line.get(7));
        assertEquals("Ouazzani", line.get(8));
    }

    @Test
    void excelCellsAreTextWithTheQuoteAndNeverFormulas() throws IOException {
        byte[] file = write(ExportFormat.XLSX, DANGEROUS.get(0), DANGEROUS.get(1), DANGEROUS.get(2), DANGEROUS.get(3),
                DANGEROUS.get(4), DANGEROUS.get(5), new BigDecimal("-1250.50"), -3, "Ouazzani");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (Cell cell : row) {
                assertNotEquals(CellType.FORMULA, cell.getCellType(), "cell " + cell.getColumnIndex());
            }
            for (int i = 0; i < DANGEROUS.size(); i++) {
                assertEquals(CellType.STRING, row.getCell(i).getCellType());
                assertEquals("'" + DANGEROUS.get(i), row.getCell(i).getStringCellValue());
            }
            assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "a negative amount stays a number");
            assertEquals(-1250.50, row.getCell(6).getNumericCellValue());
            assertEquals(-3, row.getCell(7).getNumericCellValue());
            assertEquals("Ouazzani", row.getCell(8).getStringCellValue());
        }
    }

    @Test
    void anImportReadsBackExactlyWhatWasExported() {
        for (String value : List.of("+212612345678", "=1+1", "'=1+1", "''-x", "'plain", "O'Brien", "-", "'")) {
            String cell = TableWriter.neutralised(value);
            assertEquals(value, new CsvLine(2, Map.of("c", cell)).get("c"), "round trip of " + value);
        }
        assertEquals("'plain", TableWriter.neutralised("'plain"), "an apostrophe before plain text is left alone");
    }
}
