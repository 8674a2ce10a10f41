package ma.gov.social.jisr.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import ma.gov.social.jisr.funding.api.RibChange;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Rib;

/** One request to change an association's RIB, and its decision by a second person. */
@Entity
@Table(name = "fun_rib_change")
public class RibChangeEntity {
    @Id
    @SequenceGenerator(name = "fun_rib_change_seq", sequenceName = "fun_rib_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fun_rib_change_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "association_id")
    private long associationId;
    private String rib;
    private String reason;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Enumerated(EnumType.STRING)
    private RibChange.Status status;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_note")
    private String decisionNote;

    protected RibChangeEntity() {
    }

    RibChangeEntity(long associationId, Rib rib, String reason, String by, LocalDateTime at) {
        this.associationId = associationId;
        this.rib = rib.value();
        this.reason = reason;
        this.requestedBy = by;
        this.requestedAt = at;
        this.status = RibChange.Status.PENDING;
    }

    /** The four-eyes rule: the one who asked never decides; a change is decided once. */
    void decide(boolean approved, String note, String by, LocalDateTime at) {
        if (status != RibChange.Status.PENDING) {
            throw new JisrException("funding.rib.alreadyDecided");
        }
        if (requestedBy.equals(by)) {
            throw new JisrException("funding.rib.fourEyes");
        }
        status = approved ? RibChange.Status.APPROVED : RibChange.Status.REJECTED;
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
    }

    RibChange change(String associationName) {
        return new RibChange(id, version, associationId, associationName, new Rib(rib), reason, requestedAt, requestedBy, status,
                decidedAt, decidedBy, decisionNote);
    }

    public Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getAssociationId() {
        return associationId;
    }

    Rib rib() {
        return new Rib(rib);
    }
}
