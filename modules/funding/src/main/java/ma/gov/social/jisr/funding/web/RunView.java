package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.DisbursementService;
import ma.gov.social.jisr.funding.api.FundingTotals;
import ma.gov.social.jisr.funding.api.RunLine;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;

/** One disbursement run: its facts, and the acts its state allows (approval by a second officer, cancellation). */
@Named("fundingRunView")
@ViewScoped
public class RunView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int LINES = 200;

    @Inject
    private DisbursementService disbursements;
    @Inject
    private CurrentUser me;
    @Inject
    private LocaleSelector localeSelector;

    private long id;
    // records of the api are not serializable: read again if the view is restored from elsewhere
    private transient DisbursementRun run;
    private transient List<RunLine> orders;
    private transient List<RunLine> refusals;

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

    public void start() {
        act(() -> disbursements.start(id, getRun().version()), "run.startedDone");
    }

    public void release() {
        act(() -> disbursements.release(id, getRun().version()), "run.releasedDone");
    }

    public void downloadFile() throws IOException {
        download(getRun().reference() + ".xml", "application/xml", out -> disbursements.file(id, out));
    }

    public void summaryPdf() throws IOException {
        Locale locale = localeSelector.getLocale();
        download(getRun().reference() + "-summary.pdf", "application/pdf",
                out -> disbursements.summary(id, FundingTotals.Format.PDF, locale, out));
    }

    public void summaryExcel() throws IOException {
        Locale locale = localeSelector.getLocale();
        download(getRun().reference() + "-summary.xlsx", ExportFormat.XLSX.contentType(),
                out -> disbursements.summary(id, FundingTotals.Format.XLSX, locale, out));
    }

    private void download(String name, String type, Downloads.Body body) throws IOException {
        try {
            Downloads.send(name, type, body);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** Read again at each poll while the job runs, so that the counts move on the page. */
    public void refresh() {
        run = null;
        orders = null;
        refusals = null;
    }

    /** The first tranches the run ordered, by tranche (the run's page shows a first page, the summary all). */
    public List<RunLine> getOrders() {
        if (orders == null) {
            orders = getRun() == null ? List.of() : disbursements.orders(id, 0, LINES);
        }
        return orders;
    }

    public List<RunLine> getRefusals() {
        if (refusals == null) {
            refusals = getRun() == null ? List.of() : disbursements.refusals(id, 0, LINES);
        }
        return refusals;
    }

    /** Due tranches read so far, in percent of those counted at the start. */
    public int getProgress() {
        DisbursementRun r = getRun();
        if (r == null || r.due() == 0) {
            return r != null && r.status() == RunStatus.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, r.read() * 100 / r.due());
    }

    /** Started when approved; started again when it failed or its server was lost. */
    public boolean isStartable() {
        return is("APPROVED") || is("FAILED") || (is("STARTED") && getRun().lost());
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            Messages.info(done);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
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
