package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProjectDetails;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.ProjectStatus;
import ma.gov.social.jisr.funding.api.TargetCategory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * A submitted project: what was asked, where it stands, and its papers, read through the service that
 * checks who asks and audits it; partnership staff add papers that came later.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    private long id;
    private ProjectDetails details;
    private DocumentKind kind;
    private transient UploadedFile file;

    public void load() {
        try {
            details = projects.get(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** A full-page post (the file travels with it). */
    public void attach() {
        if (file == null || file.getSize() == 0) {
            Messages.error("funding.document.empty");
            return;
        }
        try {
            projects.addDocument(id, new NewFile(kind, file.getFileName(), file.getContent()));
            Messages.info("project.documentAdded");
            kind = null;
            load();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void download(FileInfo document) throws IOException {
        FundingFiles.send(projects, document, "project-" + id);
    }

    public long kilobytes(FileInfo document) {
        return FundingFiles.kilobytes(document);
    }

    public boolean isSelected() {
        return details != null && details.status() == ProjectStatus.SELECTED;
    }

    public List<TargetCategory> getTargetsCounted() {
        return details == null ? List.of() : Arrays.stream(TargetCategory.values())
                .filter(details.data().targets()::containsKey).toList();
    }

    public Dirhams getTotalCost() {
        return sum(BudgetLine::total);
    }

    public Dirhams getTotalOwn() {
        return sum(BudgetLine::ownContribution);
    }

    public Dirhams getTotalRequested() {
        return sum(BudgetLine::requested);
    }

    private Dirhams sum(Function<BudgetLine, Dirhams> part) {
        return details == null ? Dirhams.ZERO
                : details.data().lines().stream().map(part).reduce(Dirhams.ZERO, Dirhams::plus);
    }

    /** Papers of a submission; expense receipts are added with the reports on use. */
    public DocumentKind[] getKinds() {
        return Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.RECEIPT)
                .toArray(DocumentKind[]::new);
    }

    public ProjectDetails getDetails() {
        return details;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
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
