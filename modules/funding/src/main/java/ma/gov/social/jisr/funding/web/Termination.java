package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * What the termination dialog of an agreement collects: the decision, and optionally the money to claim
 * back and the association's new status, which the service records together or not at all.
 */
public class Termination implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The reasons the service accepts for a repayment claim. */
    static final String[] CLAIM_REASONS = {"UNSPENT", "MISUSED"};
    /** A termination may warn, suspend or blacklist the association; it never restores it. */
    static final AssociationStatus[] NEW_STATUSES = {AssociationStatus.WARNED, AssociationStatus.SUSPENDED,
        AssociationStatus.BLACKLISTED};

    private LocalDate on = LocalDate.now();
    private String reason;
    private Dirhams claimAmount;
    private String claimReason;
    private AssociationStatus newStatus;

    public String[] getClaimReasons() {
        return CLAIM_REASONS.clone();
    }

    public AssociationStatus[] getNewStatuses() {
        return NEW_STATUSES.clone();
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Dirhams getClaimAmount() {
        return claimAmount;
    }

    public void setClaimAmount(Dirhams claimAmount) {
        this.claimAmount = claimAmount;
    }

    public String getClaimReason() {
        return claimReason;
    }

    public void setClaimReason(String claimReason) {
        this.claimReason = claimReason;
    }

    public AssociationStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(AssociationStatus newStatus) {
        this.newStatus = newStatus;
    }
}
