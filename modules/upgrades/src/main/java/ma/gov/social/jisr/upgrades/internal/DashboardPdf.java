package ma.gov.social.jisr.upgrades.internal;

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
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The dashboard as a PDF. Arabic needs a font with Arabic letters and right-to-left shaping: the font comes
 * from the server (jisr.pdf.font, by default Debian's DejaVu Sans), since fonts are not shipped in the WAR.
 */
final class DashboardPdf {
    static final String DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private final DashboardTable table;

    DashboardPdf(DashboardTable table) {
        this.table = table;
    }

    void write(int year, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font font = font(10);
            PdfPTable title = new PdfPTable(1);
            title.setWidthPercentage(100);
            title.setRunDirection(direction());
            title.addCell(cell(table.title(year), font(16), false));
            document.add(title);
            PdfPTable grid = new PdfPTable(table.headers.size());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(12);
            grid.setHeaderRows(1);
            grid.setRunDirection(direction()); // Arabic tables start on the right
            for (String header : table.headers) {
                grid.addCell(cell(header, font, true));
            }
            for (List<String> row : table.rows) {
                for (String value : row) {
                    grid.addCell(cell(value, font, false));
                }
            }
            document.add(grid);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written", e);
        } finally {
            document.close();
        }
    }

    private PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(direction());
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
        return table.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    private static Font font(float size) {
        String path = ConfigProvider.getConfig().getOptionalValue("jisr.pdf.font", String.class).orElse(DEFAULT_FONT);
        if (!Files.isReadable(Path.of(path))) {
            throw new UncheckedIOException(new IOException("PDF font not found: " + path
                    + " (install fonts-dejavu-core or set jisr.pdf.font)"));
        }
        try {
            return new Font(BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("PDF font unusable: " + path, e);
        }
    }
}
