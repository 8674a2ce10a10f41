package ma.gov.social.jisr.women.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.women.api.Stay;

@Entity
@Table(name = "wom_stay")
public class StayEntity {
    @Id
    @SequenceGenerator(name = "wom_stay_seq", sequenceName = "wom_stay_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wom_stay_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "centre_id")
    private long centreId;
    @Column(name = "admitted_on")
    private LocalDate admittedOn;
    @Column(name = "discharged_on")
    private LocalDate dischargedOn;
    @Column(name = "admitted_by")
    private String admittedBy;
    @Column(name = "discharged_by")
    private String dischargedBy;

    protected StayEntity() {
    }

    StayEntity(long caseId, long centreId, LocalDate admittedOn, String by) {
        this.caseId = caseId;
        this.centreId = centreId;
        this.admittedOn = admittedOn;
        this.admittedBy = by;
    }

    void discharge(LocalDate on, String by) {
        if (dischargedOn != null) {
            throw new JisrException("women.shelter.alreadyDischarged");
        }
        if (on == null || on.isBefore(admittedOn)) {
            throw new JisrException("women.shelter.dischargeBeforeAdmission");
        }
        dischargedOn = on;
        dischargedBy = by;
    }

    Long getId() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long centreId() {
        return centreId;
    }

    Stay stay() {
        return new Stay(id, caseId, centreId, admittedOn, dischargedOn, admittedBy);
    }
}
