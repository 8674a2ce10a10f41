package ma.gov.social.jisr.platform.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEvent;
import ma.gov.social.jisr.platform.api.audit.AuditFilter;
import ma.gov.social.jisr.platform.api.audit.AuditSearchService;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The auditor's search of the audit log (within their territory) and its CSV export. */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearchService audit;

    private String username;
    private LocalDate from;
    private LocalDate to;
    private String module;
    private String recordType;
    private String recordId;
    private AuditAction action;
    private PagedModel<AuditEvent> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> audit.rows(filter(), page), () -> audit.count(filter()),
                e -> Long.toString(e.id()));
    }

    private AuditFilter filter() {
        return new AuditFilter(username, from, to, module, recordType, recordId, action);
    }

    public void search() {
        model.refresh();
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("audit.periodInverted");
        }
    }

    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"jisr-audit-" + LocalDate.now()
                + ".csv\"");
        audit.exportCsv(filter(), external.getResponseOutputStream());
        faces.responseComplete();
    }

    public List<String> getModules() {
        return audit.modules();
    }

    /** A module's name in the screen's language (its bundle's "module.<name>"); the code if it has none. */
    public String moduleLabel(String code) {
        String key = "module." + code;
        String label = Messages.text(key);
        return label.equals(key) ? code : label;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** "More than 100,000" rather than a slow exact count. */
    public boolean isCountCapped() {
        return model.getTotal() > AuditSearchService.COUNT_LIMIT;
    }

    public PagedModel<AuditEvent> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
