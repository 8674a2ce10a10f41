package ma.gov.social.jisr.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.casework.api.FollowUp;
import ma.gov.social.jisr.casework.api.FollowUpKind;

@Entity
@Table(name = "cas_follow_up")
public class FollowUpEntity {
    @Id
    @SequenceGenerator(name = "cas_follow_up_seq", sequenceName = "cas_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_follow_up_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;
    @Column(name = "done_on")
    private LocalDate doneOn;
    private String note;
    @Column(name = "next_due")
    private LocalDate nextDue;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected FollowUpEntity() {
    }

    FollowUpEntity(long caseId, FollowUpKind kind, LocalDate doneOn, String note, LocalDate nextDue, String by) {
        this.caseId = caseId;
        this.kind = kind;
        this.doneOn = doneOn;
        this.note = note;
        this.nextDue = nextDue;
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    FollowUp followUp() {
        return new FollowUp(id, kind, doneOn, note, nextDue, recordedBy);
    }
}
