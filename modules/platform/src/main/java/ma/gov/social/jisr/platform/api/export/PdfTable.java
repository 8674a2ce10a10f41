package ma.gov.social.jisr.platform.api.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A titled table of text as a landscape A4 PDF: every module's printable report goes through here. Arabic
 * needs a font with Arabic letters, and OpenPDF shapes and orders it only in right-to-left cells, so an Arabic
 * report runs right to left (its table starts on the right). The font comes from the server (jisr.pdf.font, by
 * default Debian's DejaVu Sans), since fonts are not shipped in the WAR. Text is written as it is: a PDF
 * holds no formulas, unlike the spreadsheets of {@link TableWriter}.
 */
public final class PdfTable {
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final int FLUSH = 500;

    private final boolean rightToLeft;
    private final Font text;
    private final Font heading;

    private float[] widths;

    private PdfTable(boolean rightToLeft, String fontPath) {
        this.rightToLeft = rightToLeft;
        BaseFont base = baseFont(fontPath);
        this.text = new Font(base, 10);
        this.heading = new Font(base, 16);
    }

    /** Writes the title, then the table with its header row repeated on every page; Arabic reads from the right. */
    public static void write(String title, List<String> headers, Iterable<? extends List<String>> rows,
                             Locale locale, OutputStream out) {
        new PdfTable("ar".equals(locale.getLanguage()), font()).document(title, headers, rows, out);
    }

    /** As above, with the columns' relative widths (a long account number on one line, a row number narrow). */
    public static void write(String title, List<String> headers, float[] widths, Iterable<? extends List<String>> rows,
                             Locale locale, OutputStream out) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException(widths.length + " widths for " + headers.size() + " columns");
        }
        PdfTable table = new PdfTable("ar".equals(locale.getLanguage()), font());
        table.widths = widths.clone();
        table.document(title, headers, rows, out);
    }

    static String font() {
        return ConfigProvider.getConfig().getOptionalValue("jisr.pdf.font", String.class).orElse(DEFAULT_FONT);
    }

    /** The same with the font given, for tests that run without a server's configuration. */
    static void write(String title, List<String> headers, Iterable<? extends List<String>> rows,
                      boolean rightToLeft, String fontPath, OutputStream out) {
        new PdfTable(rightToLeft, fontPath).document(title, headers, rows, out);
    }

    private void document(String title, List<String> headers, Iterable<? extends List<String>> rows,
                          OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable top = new PdfPTable(1);
            top.setWidthPercentage(100);
            top.setRunDirection(direction());
            top.addCell(cell(title, heading, false));
            document.add(top);
            PdfPTable grid = widths == null ? new PdfPTable(headers.size()) : new PdfPTable(visualWidths());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(12);
            grid.setHeaderRows(1);
            grid.setRunDirection(direction());
            // a large table: written to the page every FLUSH rows, so that a long list costs no more memory than a short one
            grid.setComplete(false);
            for (String header : headers) {
                grid.addCell(cell(header, text, true));
            }
            int written = 0;
            for (List<String> row : rows) {
                if (++written % FLUSH == 0) {
                    document.add(grid);
                }
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under " + headers.size()
                            + " headers");
                }
                for (String value : row) {
                    grid.addCell(cell(value, text, false));
                }
            }
            grid.setComplete(true);
            document.add(grid);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written", e);
        } finally {
            document.close();
        }
    }

    /** OpenPDF lays widths out from the left, while a right-to-left table's first column is on the right. */
    private float[] visualWidths() {
        if (!rightToLeft) {
            return widths;
        }
        float[] reversed = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            reversed[i] = widths[widths.length - 1 - i];
        }
        return reversed;
    }

    private PdfPCell cell(String value, Font font, boolean header) {
        return cell(value, font, header, rightToLeft);
    }

    /** A cell of a report's table; in a right-to-left cell, "left" is the reading start: the right edge. */
    static PdfPCell cell(String value, Font font, boolean header, boolean rightToLeft) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setRunDirection(rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(4);
        if (header) {
            cell.setGrayFill(0.9f);
        } else {
            cell.setBorderWidth(0.3f);
        }
        return cell;
    }

    private int direction() {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    static BaseFont baseFont(String path) {
        if (!Files.isReadable(Path.of(path))) {
            throw new UncheckedIOException(new IOException("PDF font not found: " + path
                    + " (install fonts-dejavu-core or set jisr.pdf.font)"));
        }
        try {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("PDF font unusable: " + path, e);
        }
    }
}
