package ma.gov.social.jisr.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.NewCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.platform.api.persistence.Stamp;

/** A case: a record with a life, changed only through its intent methods, each stamping who did it. */
@Entity
@Table(name = "cas_case")
public class CaseEntity {
    @Id
    @SequenceGenerator(name = "cas_case_seq", sequenceName = "cas_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_case_seq")
    private Long id;
    @Version
    private long version;
    private String module;
    private String reference;
    @Column(name = "person_id")
    private long personId;
    private String initials;
    @Column(name = "centre_id")
    private long centreId;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    private String worker;
    private String supervisor;
    private boolean restricted;
    @Enumerated(EnumType.STRING)
    private CaseStep step;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CloseReason closeReason;
    @Column(name = "next_follow_up")
    private LocalDate nextFollowUp;
    @Column(name = "referral_due")
    private LocalDate referralDue;
    private String triage;
    private String attention;
    @Embedded
    private Stamp stamp;

    protected CaseEntity() {
    }

    CaseEntity(NewCase data, String initials, CentreCard centre, String by, LocalDateTime at) {
        this.module = data.module();
        this.reference = "pending";
        this.personId = data.personId();
        this.initials = initials;
        this.centreId = centre.id();
        this.regionCode = centre.regionCode();
        this.provinceCode = centre.provinceCode();
        this.worker = data.worker();
        this.supervisor = data.supervisor();
        this.restricted = data.restricted();
        this.step = CaseStep.REGISTERED;
        this.openedOn = data.openedOn();
        this.stamp = Stamp.created(by, at);
    }

    /** The reference needs the id, known once the sequence gave it: "FEM-2026-001050". */
    void numbered(String prefix) {
        reference = "%s-%d-%06d".formatted(prefix, openedOn.getYear(), id);
    }

    void moveTo(CaseStep next, String by, LocalDateTime at) {
        step = next;
        stamp.changed(by, at);
    }

    void close(CloseReason reason, LocalDate on, String by, LocalDateTime at) {
        step = CaseStep.CLOSED;
        closeReason = reason;
        closedOn = on;
        stamp.changed(by, at);
    }

    void reopen(CaseStep at, String by, LocalDateTime when) {
        step = at;
        closeReason = null;
        closedOn = null;
        stamp.changed(by, when);
    }

    void assign(String newWorker, String newSupervisor, boolean isRestricted, String by, LocalDateTime at) {
        worker = newWorker;
        supervisor = newSupervisor;
        restricted = isRestricted;
        stamp.changed(by, at);
    }

    void mark(String newTriage, String newAttention, String by, LocalDateTime at) {
        triage = newTriage;
        attention = newAttention;
        stamp.changed(by, at);
    }

    void followUpDue(LocalDate next) {
        nextFollowUp = next;
    }

    void referralDue(LocalDate earliest) {
        referralDue = earliest;
    }

    CaseAccess.Facts facts() {
        return new CaseAccess.Facts(regionCode, provinceCode, worker, supervisor, restricted);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getModule() {
        return module;
    }

    public String getReference() {
        return reference;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCentreId() {
        return centreId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getWorker() {
        return worker;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public CaseStep getStep() {
        return step;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public LocalDate getNextFollowUp() {
        return nextFollowUp;
    }

    public String getTriage() {
        return triage;
    }

    public String getAttention() {
        return attention;
    }
}
