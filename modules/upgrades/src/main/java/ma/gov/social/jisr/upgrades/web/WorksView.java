package ma.gov.social.jisr.upgrades.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.WorksDocument;
import ma.gov.social.jisr.upgrades.api.WorksService;
import ma.gov.social.jisr.upgrades.api.WorksStatus;
import ma.gov.social.jisr.upgrades.api.WorksStep;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.model.file.UploadedFile;

/** Following one centre's works: the next step with its date, and the photos and documents. */
@Named
@ViewScoped
public class WorksView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private WorksService works;

    private Integer year;
    private Long centre;
    private PlanLine line;
    private List<WorksDocument> documents;
    private LocalDate on = LocalDate.now();
    private String contractor;
    private Dirhams actualCost;
    private transient UploadedFile file;

    public String load() {
        try {
            refresh();
            return null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return "/upgrades/programmes?faces-redirect=true";
        }
    }

    private void refresh() {
        line = works.line(year == null ? 0 : year, centre == null ? 0 : centre);
        documents = works.documents(year, centre);
    }

    public void advance() {
        try {
            works.advance(year, centre, line.version(), new WorksStep(line.works().next(), on, contractor, actualCost));
            Messages.info("works.advanced");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
    }

    public void attach() {
        try {
            if (file == null || file.getSize() == 0) {
                throw new JisrException("works.document.empty");
            }
            works.attach(year, centre, file.getFileName(), file.getContent());
            Messages.info("works.document.added");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
    }

    public void download(WorksDocument document) throws IOException {
        byte[] content = works.content(document.id());
        String extension = document.contentType().contains("pdf") ? "pdf" : document.contentType().contains("png")
                ? "png" : "jpg";
        Downloads.send("jisr-works-" + year + "-" + centre + "-" + document.id() + "." + extension,
                document.contentType(), out -> out.write(content));
    }

    public WorksStatus getNext() {
        return line == null ? null : line.works().next();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public PlanLine getLine() {
        return line;
    }

    public List<WorksDocument> getDocuments() {
        return documents;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = contractor;
    }

    public Dirhams getActualCost() {
        return actualCost;
    }

    public void setActualCost(Dirhams actualCost) {
        this.actualCost = actualCost;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
