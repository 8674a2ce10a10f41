package ma.gov.social.jisr.women.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.women.api.SafetyPlan;

@Entity
@Table(name = "wom_safety_plan")
public class SafetyPlanEntity {
    @Id
    @SequenceGenerator(name = "wom_safety_plan_seq", sequenceName = "wom_safety_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wom_safety_plan_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "agreed_on")
    private LocalDate agreedOn;
    private String measures;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected SafetyPlanEntity() {
    }

    SafetyPlanEntity(long caseId, LocalDate agreedOn, String measures, String by) {
        this.caseId = caseId;
        this.agreedOn = agreedOn;
        this.measures = measures;
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    SafetyPlan plan() {
        return new SafetyPlan(id, agreedOn, measures, recordedBy);
    }
}
