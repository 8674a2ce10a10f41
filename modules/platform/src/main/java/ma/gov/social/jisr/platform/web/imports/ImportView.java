package ma.gov.social.jisr.platform.web.imports;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportTracker;
import ma.gov.social.jisr.platform.api.module.ImportKind;
import ma.gov.social.jisr.platform.api.module.Modules;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Uploads a CSV file of a kind a module declares (centres, persons, ...), then follows its import: a progress bar while it runs,
 * and for a refused file the bad lines with their reasons, on screen and as a file, in the user's language.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_PROBLEMS = 200;

    @Inject
    private Modules modules;
    @Inject
    private ImportTracker tracker;

    private String module;
    private transient UploadedFile file;
    private String importId;

    /** The kinds of file come from the modules' descriptions; an unknown or forbidden kind goes home. */
    public String load() {
        if (importId != null && tracker.progress(importId).isEmpty()) {
            importId = null; // not an import of mine: the page offers an upload instead
        }
        return kind().filter(k -> modules.may(k.permission())).isPresent() ? null : "/index?faces-redirect=true";
    }

    /** Where the lines this import held wait for a decision (see ImportKind.heldPage). */
    public String getHeldPage() {
        return kind().map(ImportKind::heldPage).orElse(null);
    }

    private java.util.Optional<ImportKind> kind() {
        return modules.importKind(module);
    }

    /**
     * A text of the page in the words of this kind of file when its module has them ("import.bankReturn.explain"),
     * else the platform's ("import.explain"): a bank return's held lines are not persons to decide on.
     */
    public String kindText(String platformKey) {
        String own = kind().map(k -> k.labelKey() + platformKey.substring(platformKey.indexOf('.'))).orElse(platformKey);
        String text = Messages.text(own);
        return text.equals(own) ? Messages.text(platformKey) : text;
    }

    /** The file types the upload field offers for this kind. */
    public String getAccept() {
        return kind().map(ImportKind::accept).orElse(ImportKind.CSV);
    }

    public String getKindLabel() {
        return kind().map(k -> Messages.text(k.labelKey())).orElse("");
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Path copy = Files.createTempFile("jisr-import-", ".upload");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            importId = CDI.current().select(kind().orElseThrow().service()).get().start(copy, file.getFileName());
        } catch (IOException e) {
            Messages.error("import.unreadable");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public ImportProgress getProgress() {
        return importId == null ? null : tracker.progress(importId).orElse(null);
    }

    public List<ImportProblem> getShownProblems() {
        ImportProgress progress = getProgress();
        return progress == null ? List.of() : progress.problems().stream().limit(SHOWN_PROBLEMS).toList();
    }

    public String reason(ImportProblem problem) {
        return Messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    /** The refused lines as CSV: line number and reason, in the language of the screen. */
    public void downloadReport() throws IOException {
        ImportProgress progress = getProgress();
        if (progress == null) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Downloads.send("import-report", ExportFormat.CSV, out -> {
            try (TableWriter table = TableWriter.open(ExportFormat.CSV, out, List.of(
                    Messages.text(locale, "import.report.line"), Messages.text(locale, "import.report.reason")))) {
                for (ImportProblem p : progress.problems()) {
                    table.row(p.line(), Messages.text(locale, p.messageKey(), p.arguments().toArray()));
                }
            }
        });
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getImportId() {
        return importId;
    }

    /** From the address ({@code ?id=}): the state is the database's, so a reload or another server shows it. */
    public void setImportId(String importId) {
        this.importId = importId == null || importId.isBlank() ? null : importId;
    }
}
