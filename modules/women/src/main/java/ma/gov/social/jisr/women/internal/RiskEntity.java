package ma.gov.social.jisr.women.internal;

import ma.gov.social.jisr.platform.api.value.Codes;
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
import java.util.Set;
import ma.gov.social.jisr.women.api.RiskAssessment;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;

/** An assessment, kept as it was: a new one is added, none is changed. */
@Entity
@Table(name = "wom_risk")
public class RiskEntity {
    @Id
    @SequenceGenerator(name = "wom_risk_seq", sequenceName = "wom_risk_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wom_risk_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    private String answers;
    private int score;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected RiskEntity() {
    }

    RiskEntity(long caseId, LocalDate assessedOn, Set<RiskQuestion> yes, String by) {
        this.caseId = caseId;
        this.assessedOn = assessedOn;
        this.answers = yes.isEmpty() ? "" : Codes.join(yes);
        this.score = RiskScale.score(yes);
        this.level = RiskScale.level(yes);
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    RiskLevel level() {
        return level;
    }

    RiskAssessment assessment() {
        return new RiskAssessment(id, assessedOn, Codes.split(answers, RiskQuestion.class), score, level, recordedBy);
    }
}
