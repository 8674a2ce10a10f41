package ma.gov.social.jisr.funding.web;

import jakarta.faces.event.ValueChangeEvent;
import java.io.Serializable;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.NewFile;
import org.primefaces.model.file.UploadedFile;

/**
 * One paper of a submission being entered. The file is copied out of the upload at once and kept until the
 * submission is taken, so that a refusal (a wrong amount, a missing paper) does not make the user pick
 * every file again; picking another file replaces it.
 */
public class DocumentSlot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DocumentKind kind;
    private final boolean required;
    private String fileName;
    private byte[] content;

    DocumentSlot(DocumentKind kind, boolean required) {
        this.kind = kind;
        this.required = required;
    }

    /**
     * Kept when the file is read, at validation: a refusal of another field (a mistyped amount) skips the
     * update of the model, and the file would be lost with it. A form sent without a new file for this
     * paper keeps the one already chosen.
     */
    public void chosen(ValueChangeEvent event) {
        if (event.getNewValue() instanceof UploadedFile upload && upload.getSize() > 0) {
            fileName = upload.getFileName();
            content = upload.getContent();
        }
    }

    /** The upload's value is taken by {@link #chosen} alone; the binding only clears the component after a send. */
    public void setUpload(UploadedFile ignored) {
        // the file was kept by chosen()
    }

    public UploadedFile getUpload() {
        return null;
    }

    public void clear() {
        fileName = null;
        content = null;
    }

    boolean isChosen() {
        return content != null;
    }

    NewFile file() {
        return new NewFile(kind, fileName, content);
    }

    /** Kilobytes, rounded up. */
    public long getKilobytes() {
        return content == null ? 0 : (content.length + 1023) / 1024;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String getFileName() {
        return fileName;
    }
}
