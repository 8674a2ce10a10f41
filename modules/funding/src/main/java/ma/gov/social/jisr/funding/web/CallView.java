package ma.gov.social.jisr.funding.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.ProjectFilter;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.ProjectStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/**
 * A call's page: what it says, the steps its status allows, and the projects it received (counted once per
 * search, paged by seeking past the last id). Named for its module, as the women's listening calls have
 * pages of their own.
 */
@Named("fundingCallView")
@ViewScoped
public class CallView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<CallStatus> RECEIVING = Set.of(CallStatus.PUBLISHED, CallStatus.CLOSED);
    private static final Set<CallStatus> RANKABLE = Set.of(CallStatus.CLOSED, CallStatus.EVALUATED,
            CallStatus.DECIDED);

    @Inject
    private CallService calls;
    @Inject
    private ProjectService projects;

    private long id;
    private CallDetails details;
    private String provinceCode;
    private ProjectStatus status;
    private PagedModel<KeyedProject> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> projects.rows(filter(), page).stream().map(KeyedProject::new).toList(),
                () -> projects.count(filter()), r -> Long.toString(r.project().id()));
    }

    private ProjectFilter filter() {
        return new ProjectFilter(id, null, provinceCode, null, status);
    }

    public void load() {
        try {
            details = calls.get(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void publish() {
        act(() -> calls.publish(id, details.version()), "calls.published");
    }

    public void close() {
        act(() -> calls.close(id, details.version()), "calls.closed");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        load();
        model.refresh();
    }

    public void search() {
        model.refresh();
    }

    public boolean is(String wanted) {
        return details != null && details.status().name().equals(wanted);
    }

    public boolean isReceiving() {
        return details != null && RECEIVING.contains(details.status());
    }

    public boolean isRankable() {
        return details != null && RANKABLE.contains(details.status());
    }

    public int getWeightTotal() {
        return details == null ? 0 : details.data().criteria().stream().mapToInt(c -> c.weight()).sum();
    }

    public PagedModel<KeyedProject> getModel() {
        return model;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public CallDetails getDetails() {
        return details;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }
}
