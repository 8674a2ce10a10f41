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
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.casework.api.Consent;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.ConsentPurpose;

/** A consent or legal ground: recorded once, then only withdrawn (never edited, never deleted). */
@Entity
@Table(name = "cas_consent")
public class ConsentEntity {
    @Id
    @SequenceGenerator(name = "cas_consent_seq", sequenceName = "cas_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_consent_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    @Enumerated(EnumType.STRING)
    private ConsentBasis basis;
    @Enumerated(EnumType.STRING)
    @Column(name = "given_by")
    private ConsentGiver givenBy;
    @Column(name = "guardian_person_id")
    private Long guardianPersonId;
    private String reference;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected ConsentEntity() {
    }

    ConsentEntity(long caseId, ConsentData c, String by) {
        this.caseId = caseId;
        this.purpose = c.purpose();
        this.basis = c.basis();
        this.givenBy = c.basis().legalGround() ? ConsentGiver.NOBODY : c.givenBy();
        this.guardianPersonId = givenBy == ConsentGiver.GUARDIAN ? c.guardianPersonId() : null;
        this.reference = Texts.clip(c.reference(), 120);
        this.givenOn = c.givenOn();
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    void withdraw(String by) {
        withdrawnAt = LocalDateTime.now();
        withdrawnBy = by;
    }

    Long getId() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Consent consent() {
        return new Consent(id, purpose, basis, givenBy, guardianPersonId, reference, givenOn, recordedBy,
                withdrawnAt, withdrawnBy);
    }
}
