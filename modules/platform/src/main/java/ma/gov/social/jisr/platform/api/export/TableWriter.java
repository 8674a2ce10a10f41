package ma.gov.social.jisr.platform.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list, row by row, as CSV (with a BOM, so that Excel reads Arabic) or as an Excel sheet.
 * Excel goes through POI's streaming workbook: only a window of rows is in memory, whatever the size.
 * Every export goes through here, because text typed by anyone (a name, an address, an audit detail)
 * must never become a formula in the spreadsheet of whoever opens the file: see {@link #neutralised}.
 */
public final class TableWriter implements AutoCloseable {
    /** An Excel sheet holds at most 1,048,576 rows, the header included. */
    public static final int XLSX_MAX_ROWS = 1_048_575;

    private final OutputStream out;
    private final CSVPrinter csv;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int rows;
    private int sheetRow;

    private TableWriter(ExportFormat format, OutputStream out, List<String> headers) throws IOException {
        this.out = out;
        if (format == ExportFormat.CSV) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            workbook = null;
            sheet = null;
        } else {
            csv = null;
            workbook = new SXSSFWorkbook(200);
            sheet = workbook.createSheet("jisr");
        }
        row(headers.toArray());
        rows = 0;
    }

    public static TableWriter open(ExportFormat format, OutputStream out, List<String> headers) {
        try {
            return new TableWriter(format, out, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** False once an Excel sheet is full: the caller stops and says so. */
    public boolean hasRoom() {
        return csv != null || rows < XLSX_MAX_ROWS;
    }

    public void row(Object... values) {
        try {
            if (csv != null) {
                Object[] safe = new Object[values.length];
                for (int i = 0; i < values.length; i++) {
                    safe[i] = values[i] == null || values[i] instanceof Number ? values[i]
                            : neutralised(values[i].toString());
                }
                csv.printRecord(safe);
            } else {
                Row row = sheet.createRow(sheetRow++);
                for (int i = 0; i < values.length; i++) {
                    Cell cell = row.createCell(i);
                    if (values[i] instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (values[i] != null) {
                        cell.setCellValue(neutralised(values[i].toString())); // a string cell, never a formula
                    }
                }
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text that a spreadsheet would read as a formula (OWASP "CSV injection": it starts with =, +, -, @, a
     * tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text. Text already
     * starting with an apostrophe before such a character gets one more, so that {@link #restored} gives
     * back exactly what was written. Numbers are passed as numbers and never come here.
     */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** What an importer reads back from an exported cell: the inverse of {@link #neutralised}. */
    public static String restored(String cell) {
        return cell.startsWith("'") && looksLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean looksLikeFormula(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        return first < text.length() && "=+-@\t\r".indexOf(text.charAt(first)) >= 0;
    }

    public int rowsWritten() {
        return rows;
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.flush();
            } else {
                workbook.write(out);
                workbook.close();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
