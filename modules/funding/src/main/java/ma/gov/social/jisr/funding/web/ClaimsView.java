package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.funding.api.AgreementService;
import ma.gov.social.jisr.funding.api.Claim;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.PrimeFaces;

/** Money asked back from associations of the caller's territory, and what has come back of it. */
@Named("fundingClaimsView")
@ViewScoped
public class ClaimsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    private boolean openOnly = true;
    private Claim claim;
    private Dirhams receivedAmount;
    private LocalDate receivedOn;
    private String reference;
    private transient List<Claim> list;

    public void refresh() {
        list = null;
    }

    /** Opens the receipt's dialog for one claim, proposing what is still outstanding. */
    public void prepare(Claim c) {
        claim = c;
        receivedAmount = c.outstanding();
        receivedOn = LocalDate.now();
        reference = null;
    }

    public void receive() {
        try {
            agreements.receive(claim.id(), claim.version(), receivedAmount, receivedOn, reference);
            Messages.info("claims.received");
            list = null;
            // the dialog closes only once the service has accepted; a refusal keeps what was typed
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** An open claim past its due date: the association has not paid back in time. */
    public boolean overdue(Claim c) {
        return "OPEN".equals(c.status()) && c.dueOn() != null && c.dueOn().isBefore(LocalDate.now());
    }

    public List<Claim> getClaims() {
        if (list == null) {
            list = agreements.claims(openOnly);
        }
        return list;
    }

    public Claim getClaim() {
        return claim;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public Dirhams getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(Dirhams receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
