package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;

/**
 * Sends a file in answer to a non-ajax button (exports, import reports). A service that refuses (a
 * {@link JisrException}) before writing anything leaves the page to answer: the caller shows the refusal.
 */
public final class Downloads {
    /** Writes the file's bytes. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    public static void send(String baseName, ExportFormat format, Body body) throws IOException {
        send("jisr-" + baseName + "-" + LocalDate.now() + "." + format.extension(), format.contentType(), body);
    }

    /** Sends a file as it is; the name must be plain ASCII without quotes (callers build it). */
    public static void send(String fileName, String contentType, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        SecurityHeaders.forDownload(external);
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Late out = new Late(external);
        try {
            body.writeTo(out);
        } catch (JisrException refused) {
            if (out.started != null) {
                throw refused;
            }
            // refused before its first byte: the page answers instead, with the refusal, and a page's headers
            external.responseReset();
            SecurityHeaders.forPage(external::setResponseHeader);
            external.setResponseHeader("Cache-Control", "no-store");
            throw refused;
        }
        faces.responseComplete();
    }

    /** The response's stream, taken at the first byte only, so that a refusal before it can still render a page. */
    private static final class Late extends OutputStream {
        private final ExternalContext external;
        private OutputStream started;

        Late(ExternalContext external) {
            this.external = external;
        }

        private OutputStream out() throws IOException {
            if (started == null) {
                started = external.getResponseOutputStream();
            }
            return started;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (started != null) {
                started.flush();
            }
        }
    }
}
