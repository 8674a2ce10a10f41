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
import java.time.LocalDateTime;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.StepChange;

/** One change of step: written once, never changed. */
@Entity
@Table(name = "cas_step")
public class StepEntity {
    @Id
    @SequenceGenerator(name = "cas_step_seq", sequenceName = "cas_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_step_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_step")
    private CaseStep from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_step")
    private CaseStep to;
    @Enumerated(EnumType.STRING)
    private CloseReason reason;
    private String note;
    private LocalDateTime at;
    @Column(name = "by_user")
    private String by;

    protected StepEntity() {
    }

    StepEntity(long caseId, CaseStep from, CaseStep to, CloseReason reason, String note, String by) {
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.note = Texts.clip(note, 500);
        this.at = LocalDateTime.now();
        this.by = by;
    }

    CaseStep from() {
        return from;
    }

    StepChange change() {
        return new StepChange(from, to, reason, note, at, by);
    }
}
