package ma.gov.social.jisr.upgrades.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.DirhamsConverter;
import ma.gov.social.jisr.upgrades.api.WorksStatus;
import ma.gov.social.jisr.upgrades.api.WorksStep;

/**
 * The works of one planned upgrade, step by step. They live on the plan's line (upg_line), which the
 * planning job writes in bulk: this entity maps only the works' columns and never creates a line.
 */
@Entity
@Table(name = "upg_line")
@IdClass(WorksEntity.Key.class)
public class WorksEntity {
    /** A line's key: the programme year and the centre (a plain class: JPA sets its fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private int year;
        private long centreId;

        public Key() {
        }

        Key(int year, long centreId) {
            this.year = year;
            this.centreId = centreId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.centreId == centreId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, centreId);
        }
    }

    @Id
    @Column(name = "programme_year")
    private int year;
    @Id
    @Column(name = "centre_id")
    private long centreId;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "works_status")
    private WorksStatus works;
    @Column(name = "ordered_on")
    private LocalDate orderedOn;
    private String contractor;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "finished_on")
    private LocalDate finishedOn;
    @Column(name = "actual_cost")
    @Convert(converter = DirhamsConverter.class)
    private Dirhams actualCost;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected WorksEntity() {
    }

    long version() {
        return version;
    }

    /** Moves the works one step on (the rules are checked before): the step's date, contractor or cost. */
    void advance(WorksStep step, String by, LocalDateTime at) {
        switch (step.to()) {
            case ORDERED -> {
                orderedOn = step.on();
                contractor = step.contractor().strip();
            }
            case STARTED -> startedOn = step.on();
            case FINISHED -> {
                finishedOn = step.on();
                actualCost = step.actualCost();
            }
            case RECEIVED -> receivedOn = step.on();
            case PLANNED -> throw new JisrException("works.step.order", WorksStatus.ORDERED.name());
        }
        works = step.to();
        updatedAt = at;
        updatedBy = by;
    }
}
