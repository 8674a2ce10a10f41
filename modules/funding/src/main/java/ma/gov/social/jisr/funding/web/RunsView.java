package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.DisbursementRun;
import ma.gov.social.jisr.funding.api.DisbursementService;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The history of disbursement runs, and the form that prepares a new one. */
@Named("fundingRunsView")
@ViewScoped
public class RunsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private DisbursementService disbursements;
    @Inject
    private CallService callService;

    private LocalDate valueDate;
    private Long callId;
    private FundingDomain domain;
    private String regionCode;
    // records of the api are not serializable: read again if the view is restored from elsewhere
    private transient List<DisbursementRun> runs;
    private transient List<CallDetails> calls;

    public String prepare() {
        try {
            long id = disbursements.prepare(new RunRequest(valueDate, callId, domain, regionCode));
            Messages.info("runs.prepared");
            return "/funding/run?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public List<DisbursementRun> getRuns() {
        if (runs == null) {
            try {
                runs = disbursements.runs(SHOWN);
            } catch (JisrException refusal) {
                runs = List.of();
                Messages.error(refusal);
            }
        }
        return runs;
    }

    public List<CallDetails> getCalls() {
        if (calls == null) {
            calls = callService.calls();
        }
        return calls;
    }

    public FundingDomain[] getDomains() {
        return FundingDomain.values();
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public FundingDomain getDomain() {
        return domain;
    }

    public void setDomain(FundingDomain domain) {
        this.domain = domain;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
