package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.export.ExportFormat;

/** Sends a file in answer to a non-ajax button (exports, import reports). */
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
        body.writeTo(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
