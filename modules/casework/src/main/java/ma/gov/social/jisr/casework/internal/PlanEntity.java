package ma.gov.social.jisr.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.casework.api.PlanVersion;

/** A version of the plan agreed with the person; a new agreement adds a version, the old ones stay. */
@Entity
@Table(name = "cas_plan")
public class PlanEntity {
    @Id
    @SequenceGenerator(name = "cas_plan_seq", sequenceName = "cas_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_plan_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "agreed_on")
    private LocalDate agreedOn;
    private String goals;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected PlanEntity() {
    }

    PlanEntity(long caseId, LocalDate agreedOn, String goals, String by) {
        this.caseId = caseId;
        this.agreedOn = agreedOn;
        this.goals = goals;
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    PlanVersion version() {
        return new PlanVersion(agreedOn, goals, recordedAt, recordedBy);
    }
}
