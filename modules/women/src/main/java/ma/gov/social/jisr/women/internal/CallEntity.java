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
import java.time.LocalDateTime;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.women.api.CallData;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.ListeningCall;
import ma.gov.social.jisr.women.api.ViolenceKind;

/** A listening call; it changes once, when it becomes a case. */
@Entity
@Table(name = "wom_call")
public class CallEntity {
    @Id
    @SequenceGenerator(name = "wom_call_seq", sequenceName = "wom_call_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wom_call_seq")
    private Long id;
    @Column(name = "centre_id")
    private long centreId;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "called_at")
    private LocalDateTime calledAt;
    @Enumerated(EnumType.STRING)
    private IntakeChannel channel;
    private String kinds;
    private boolean danger;
    private String needs;
    private String summary;
    @Column(name = "action_taken")
    private String actionTaken;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected CallEntity() {
    }

    CallEntity(CentreCard centre, CallData call, String by) {
        this.centreId = centre.id();
        this.regionCode = centre.regionCode();
        this.provinceCode = centre.provinceCode();
        this.calledAt = call.calledAt();
        this.channel = call.channel();
        this.kinds = Codes.join(call.kinds());
        this.danger = call.danger();
        this.needs = Codes.join(call.needs());
        this.summary = call.summary().strip();
        this.actionTaken = call.actionTaken() == null || call.actionTaken().isBlank() ? null : call.actionTaken().strip();
        this.recordedAt = LocalDateTime.now();
        this.recordedBy = by;
    }

    Long getId() {
        return id;
    }

    Long caseId() {
        return caseId;
    }

    String regionCode() {
        return regionCode;
    }

    String provinceCode() {
        return provinceCode;
    }

    ListeningCall call() {
        return new ListeningCall(id, centreId, provinceCode, calledAt, channel, Codes.split(kinds, ViolenceKind.class),
                danger, Codes.split(needs, ImmediateNeed.class), summary, actionTaken, caseId, recordedBy);
    }
}
