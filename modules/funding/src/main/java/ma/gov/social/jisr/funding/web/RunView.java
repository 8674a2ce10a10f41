package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.DisbursementService;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** One disbursement run: its facts, and the acts its state allows (approval by a second officer, cancellation). */
@Named("fundingRunView")
@ViewScoped
public class RunView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DisbursementService disbursements;
    @Inject
    private CurrentUser me;

    private long id;
    // records of the api are not serializable: read again if the view is restored from elsewhere
    private transient DisbursementRun run;

    public void load() {
        try {
            run = disbursements.get(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void approve() {
        act(() -> disbursements.approve(id, getRun().version()), "run.approvedDone");
    }

    public void cancel() {
        act(() -> disbursements.cancel(id, getRun().version()), "run.cancelledDone");
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            Messages.info(done);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        run = null;
    }

    public DisbursementRun getRun() {
        if (run == null && id != 0) {
            load();
        }
        return run;
    }

    public boolean is(String status) {
        return getRun() != null && getRun().status() == RunStatus.valueOf(status);
    }

    /** Whoever prepared the run sees why she cannot approve it, instead of a button the service would refuse. */
    public boolean isMine() {
        return getRun() != null && getRun().preparedBy().equals(me.username());
    }

    public boolean isCancellable() {
        return is("PREPARED") || is("APPROVED");
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
