package ma.gov.social.jisr.women.internal;

import ma.gov.social.jisr.platform.api.value.Codes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.Intake;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.IntakeDetails;
import ma.gov.social.jisr.women.api.Perpetrator;
import ma.gov.social.jisr.women.api.ViolenceKind;

/** What the intake adds to the kernel's case; its territory is the case's, kept for the dashboard. */
@Entity
@Table(name = "wom_intake")
public class IntakeEntity {
    @Id
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "intake_on")
    private LocalDate intakeOn;
    @Enumerated(EnumType.STRING)
    private IntakeChannel channel;
    private String kinds;
    @Enumerated(EnumType.STRING)
    private Perpetrator perpetrator;
    private String needs;
    @Column(name = "call_id")
    private Long callId;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected IntakeEntity() {
    }

    IntakeEntity(CaseRef c, Intake intake, String by) {
        this.caseId = c.id();
        this.intakeOn = intake.intakeOn();
        this.channel = intake.channel();
        this.kinds = Codes.join(intake.kinds());
        this.perpetrator = intake.perpetrator();
        this.needs = Codes.join(intake.needs());
        this.callId = intake.callId();
        this.regionCode = c.regionCode();
        this.provinceCode = c.provinceCode();
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    IntakeDetails details(List<String> children) {
        return new IntakeDetails(intakeOn, channel, Codes.split(kinds, ViolenceKind.class), perpetrator,
                Codes.split(needs, ImmediateNeed.class), children, callId);
    }
}
