package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProjectFilter;
import ma.gov.social.jisr.funding.api.ProjectRow;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * On an association's page, what funding knows of it: its legal papers (kept once, for every call it
 * answers) and the projects it submitted. Apart from the page's own bean, which keeps to the record.
 */
@Named
@ViewScoped
public class AssociationFundingPanel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** An association answers a few calls a year: the latest fifty say enough, its calls' pages say the rest. */
    private static final int PROJECTS_SHOWN = 50;
    private static final DocumentKind[] LEGAL = {DocumentKind.STATUTES, DocumentKind.LEGAL_RECEIPT,
        DocumentKind.BOARD_MINUTES};

    @Inject
    private ProjectService projects;
    @Inject
    private AssociationView page;

    private DocumentKind kind;
    private transient UploadedFile file;
    private transient List<FileInfo> documents;
    private transient List<ProjectRow> submitted;

    /** A full-page post (the file travels with it). */
    public void attach() {
        if (file == null || file.getSize() == 0) {
            Messages.error("funding.document.empty");
            return;
        }
        try {
            projects.addLegalDocument(page.getId(), new NewFile(kind, file.getFileName(), file.getContent()));
            Messages.info("associationFunding.documentAdded");
            kind = null;
            documents = null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void download(FileInfo document) throws IOException {
        FundingFiles.send(projects, document, "association-" + page.getId());
    }

    public long kilobytes(FileInfo document) {
        return FundingFiles.kilobytes(document);
    }

    public List<FileInfo> getDocuments() {
        if (documents == null) {
            documents = projects.legalDocuments(page.getId());
        }
        return documents;
    }

    public List<ProjectRow> getProjects() {
        if (submitted == null) {
            submitted = projects.rows(new ProjectFilter(null, page.getId(), null, null, null),
                    PageRequest.first(PROJECTS_SHOWN));
        }
        return submitted;
    }

    public DocumentKind[] getKinds() {
        return LEGAL.clone();
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
