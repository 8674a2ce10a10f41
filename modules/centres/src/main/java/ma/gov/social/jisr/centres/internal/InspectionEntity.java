package ma.gov.social.jisr.centres.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.centres.api.Inspection;

@Entity
@Table(name = "cen_inspection")
public class InspectionEntity {
    @Id
    @SequenceGenerator(name = "cen_inspection_seq", sequenceName = "cen_inspection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cen_inspection_seq")
    private Long id;
    @Column(name = "centre_id")
    private long centreId;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    private String inspector;
    private int building;
    private int equipment;
    private int accessibility;
    private int safety;
    private int staffing;
    private int overall;
    private String notes;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected InspectionEntity() {
    }

    InspectionEntity(long centreId, Inspection i, String by, LocalDateTime at) {
        this.centreId = centreId;
        inspectedOn = i.inspectedOn();
        inspector = i.inspector().trim();
        building = i.building();
        equipment = i.equipment();
        accessibility = i.accessibility();
        safety = i.safety();
        staffing = i.staffing();
        overall = i.overall();
        notes = i.notes() == null || i.notes().isBlank() ? null : i.notes().trim();
        recordedBy = by;
        recordedAt = at;
    }

    Inspection toInspection() {
        return new Inspection(inspectedOn, inspector, building, equipment, accessibility, safety, staffing, notes);
    }
}
