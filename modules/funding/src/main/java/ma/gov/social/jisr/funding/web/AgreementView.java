package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.funding.api.AgreementDetails;
import ma.gov.social.jisr.funding.api.AgreementService;
import ma.gov.social.jisr.funding.api.AgreementStatus;
import ma.gov.social.jisr.funding.api.Tranche;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.PrimeFaces;

/**
 * An agreement: its terms, its tranches with why each is or is not payable (the same rule as the payment
 * batch), its reports, its repayment claims; signed while a draft, terminated while active.
 */
@Named
@ViewScoped
public class AgreementView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    private long id;
    private AgreementDetails details;
    private LocalDate signedOn = LocalDate.now();
    private Termination termination = new Termination();

    public void load() {
        try {
            details = agreements.get(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void sign() {
        try {
            agreements.sign(id, details.version(), signedOn);
            Messages.info("agreement.signed");
            load();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void prepareTermination() {
        termination = new Termination();
    }

    public void terminate() {
        Termination t = termination;
        try {
            agreements.terminate(id, details.version(), t.getOn(), t.getReason(), t.getClaimAmount(),
                    t.getClaimAmount() == null ? null : t.getClaimReason(), t.getNewStatus());
            Messages.info("agreement.terminated");
            load();
            // the dialog closes only once the service has accepted; a refusal keeps what was typed
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** A paid tranche whose use nobody has reported yet: the report may be entered. */
    public boolean reportMissing(Tranche t) {
        return "PAID".equals(t.payment()) && t.reportId() == null;
    }

    public boolean isDraft() {
        return details != null && details.status() == AgreementStatus.DRAFT;
    }

    public boolean isActive() {
        return details != null && details.status() == AgreementStatus.ACTIVE;
    }

    public AgreementDetails getDetails() {
        return details;
    }

    public Termination getTermination() {
        return termination;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
