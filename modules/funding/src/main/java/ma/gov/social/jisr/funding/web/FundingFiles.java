package ma.gov.social.jisr.funding.web;

import java.io.IOException;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Sends a stored paper of the module, read through the service that checks who asks and audits it. */
final class FundingFiles {
    private FundingFiles() {
    }

    /**
     * The name sent is built from ids, never the name the file came with, which may hold anything (quotes,
     * Arabic letters) a download header cannot carry safely.
     */
    static void send(ProjectService projects, FileInfo file, String owner) throws IOException {
        byte[] bytes;
        try {
            bytes = projects.download(file.id());
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return;
        }
        String type = file.contentType();
        String extension = type.contains("pdf") ? "pdf" : type.contains("png") ? "png" : "jpg";
        Downloads.send("jisr-" + owner + "-document-" + file.id() + "." + extension, type, out -> out.write(bytes));
    }

    /** Kilobytes, rounded up. */
    static long kilobytes(FileInfo file) {
        return (file.sizeBytes() + 1023L) / 1024;
    }
}
