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
import ma.gov.social.jisr.casework.api.ServiceGiven;

/** A service given, signed by the worker who gave it (the caller: nobody signs for someone else). */
@Entity
@Table(name = "cas_service")
public class ServiceEntity {
    @Id
    @SequenceGenerator(name = "cas_service_seq", sequenceName = "cas_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_service_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "service_code")
    private String serviceCode;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "given_by")
    private String givenBy;
    private String note;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected ServiceEntity() {
    }

    ServiceEntity(long caseId, String serviceCode, LocalDate givenOn, String givenBy, String note) {
        this.caseId = caseId;
        this.serviceCode = serviceCode;
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        this.note = note;
        this.recordedAt = LocalDateTime.now();
    }

    ServiceGiven given() {
        return new ServiceGiven(id, serviceCode, givenOn, givenBy, note);
    }
}
