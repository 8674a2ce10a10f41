package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseDocument;
import ma.gov.social.jisr.casework.api.DocumentKind;
import ma.gov.social.jisr.casework.api.DocumentService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * A case's documents: kept in the database, accepted by their content, downloaded only through the service
 * (which checks who asks and audits it before the first byte), with the platform's download headers.
 */
@Named
@ViewScoped
public class CaseDocumentsTab implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TAB = "documents";

    @Inject
    private DocumentService documents;
    @Inject
    private CaseFileTabs tabs;

    private DocumentKind kind;
    private transient UploadedFile file;
    private transient List<CaseDocument> list;

    /** A full-page post (the file travels with it): the file opens again on this tab. */
    public void attach() {
        tabs.setActiveTab(TAB);
        if (file == null || file.getSize() == 0) {
            Messages.error("casework.document.empty");
            return;
        }
        if (CaseActions.run(() -> documents.attach(tabs.getCaseId(), kind, file.getFileName(), file.getContent()),
                "case.document.attached")) {
            kind = null;
            list = null;
        }
    }

    public void download(long documentId) throws IOException {
        DocumentService.DocumentContent content;
        try {
            content = documents.download(documentId);
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return;
        }
        CaseDocument d = content.document();
        String type = d.contentType();
        String extension = type.contains("pdf") ? "pdf" : type.contains("png") ? "png" : "jpg";
        Downloads.send("jisr-case-" + tabs.getCaseId() + "-document-" + d.id() + "." + extension, type,
                out -> out.write(content.bytes()));
    }

    public List<CaseDocument> getDocuments() {
        if (list == null) {
            list = documents.documents(tabs.getCaseId());
        }
        return list;
    }

    /** Kilobytes, rounded up. */
    public long kilobytes(CaseDocument d) {
        return (d.sizeBytes() + 1023) / 1024;
    }

    public long getMaxMegabytes() {
        return DocumentService.MAX_BYTES / (1024 * 1024);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
