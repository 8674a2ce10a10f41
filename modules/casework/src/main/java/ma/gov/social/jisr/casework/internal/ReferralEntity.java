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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.casework.api.ReferralData;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.platform.api.JisrException;

/** A referral: sent once, then answered; its status only moves forward. */
@Entity
@Table(name = "cas_referral")
public class ReferralEntity {
    @Id
    @SequenceGenerator(name = "cas_referral_seq", sequenceName = "cas_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_referral_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "case_id")
    private long caseId;
    private String module;
    @Enumerated(EnumType.STRING)
    private ReferralTarget target;
    @Column(name = "target_module")
    private String targetModule;
    @Column(name = "target_team")
    private String targetTeam;
    @Column(name = "target_name")
    private String targetName;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "subject_person_id")
    private long subjectPersonId;
    private String purpose;
    @Column(name = "consent_id")
    private long consentId;
    private String reason;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    private String outcome;
    @Column(name = "received_case_id")
    private Long receivedCaseId;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;

    protected ReferralEntity() {
    }

    ReferralEntity(CaseEntity c, ReferralData r, String team, long subject, long consentId, String by) {
        this.targetTeam = team;
        this.caseId = c.getId();
        this.module = c.getModule();
        this.target = r.target();
        this.targetModule = r.target() == ReferralTarget.MODULE ? r.targetModule() : null;
        this.targetName = Texts.clip(r.targetName(), 200);
        this.regionCode = c.getRegionCode();
        this.provinceCode = c.getProvinceCode();
        this.subjectPersonId = subject;
        this.purpose = r.target().purpose().name();
        this.consentId = consentId;
        this.reason = Texts.required(r.reason(), 1000, "casework.referral.reasonRequired");
        this.dueOn = r.dueOn();
        this.status = ReferralStatus.SENT;
        this.sentAt = LocalDateTime.now();
        this.sentBy = by;
    }

    /** An answer moves the status forward only: a referral acted upon or refused is settled. */
    void answer(ReferralStatus next, String text, Long newCaseId, String by) {
        if (!status.pending() || next == ReferralStatus.SENT || next == status) {
            throw new JisrException("casework.referral.alreadySettled");
        }
        if (next == ReferralStatus.REFUSED && (text == null || text.isBlank())) {
            throw new JisrException("casework.referral.refusalReasonRequired");
        }
        status = next;
        outcome = Texts.clip(text, 1000);
        receivedCaseId = newCaseId;
        answeredAt = LocalDateTime.now();
        answeredBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getModule() {
        return module;
    }

    public ReferralTarget getTarget() {
        return target;
    }

    public String getTargetTeam() {
        return targetTeam;
    }

    public String getTargetModule() {
        return targetModule;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public long getSubjectPersonId() {
        return subjectPersonId;
    }

    public ReferralStatus getStatus() {
        return status;
    }
}
