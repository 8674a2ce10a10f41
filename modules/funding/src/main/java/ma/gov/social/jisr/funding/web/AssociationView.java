package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.RibChange;
import ma.gov.social.jisr.funding.api.StatusDecision;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** An association's page: its record and status history, its RIB and the changes asked, approved or rejected. */
@Named
@ViewScoped
public class AssociationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AssociationService associations;
    @Inject
    private CurrentUser me;

    private long id;
    private AssociationDetails details;
    private String newRib;
    private String ribReason;
    private String rejectNote;
    private AssociationStatus newStatus;
    private String decision;
    private LocalDate decidedOn = LocalDate.now();
    private transient List<RibChange> changes;
    private transient List<StatusDecision> history;

    public void load() {
        try {
            details = associations.get(id);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    private void reload() {
        changes = null;
        history = null;
        load();
    }

    public void requestRib() {
        act(() -> associations.requestRibChange(id, newRib, ribReason), "funding.rib.asked");
        newRib = null;
        ribReason = null;
    }

    public void approve(RibChange change) {
        act(() -> associations.approveRibChange(change.id(), change.version()), "funding.rib.approved");
    }

    public void reject(RibChange change) {
        act(() -> associations.rejectRibChange(change.id(), change.version(), rejectNote), "funding.rib.rejected");
        rejectNote = null;
    }

    public void decideStatus() {
        act(() -> associations.decideStatus(id, details.version(), newStatus, decision, decidedOn),
                "funding.status.decided");
        decision = null;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            reload();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** Whether the caller may decide on this change: not the one who asked for it. */
    public boolean decidable(RibChange change) {
        return change.pending() && !change.requestedBy().equals(me.username());
    }

    /** Whether some change of the list waits for the caller's decision (then the rejection's reason is asked). */
    public boolean isAnyDecidable() {
        return getChanges() != null && getChanges().stream().anyMatch(this::decidable);
    }

    public List<RibChange> getChanges() {
        if (changes == null && details != null) {
            changes = associations.ribChanges(id);
        }
        return changes;
    }

    public List<StatusDecision> getHistory() {
        if (history == null && details != null) {
            history = associations.statusHistory(id);
        }
        return history;
    }

    public AssociationStatus[] getStatuses() {
        return AssociationStatus.values();
    }

    public AssociationDetails getDetails() {
        return details;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getNewRib() {
        return newRib;
    }

    public void setNewRib(String newRib) {
        this.newRib = newRib;
    }

    public String getRibReason() {
        return ribReason;
    }

    public void setRibReason(String ribReason) {
        this.ribReason = ribReason;
    }

    public String getRejectNote() {
        return rejectNote;
    }

    public void setRejectNote(String rejectNote) {
        this.rejectNote = rejectNote;
    }

    public AssociationStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(AssociationStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
