package ma.gov.social.jisr.centres.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.DirhamsConverter;

/** One entry of a centre's upgrade history. */
@Entity
@Table(name = "cen_upgrade")
public class UpgradeEntity {
    @Id
    @SequenceGenerator(name = "cen_upgrade_seq", sequenceName = "cen_upgrade_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cen_upgrade_seq")
    private Long id;
    @Column(name = "centre_id")
    private long centreId;
    @Column(name = "upgrade_year")
    private int year;
    private String works;
    @Column(name = "cost_dirhams")
    @Convert(converter = DirhamsConverter.class)
    private Dirhams cost;
    @Enumerated(EnumType.STRING)
    private UpgradeStatus status;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected UpgradeEntity() {
    }

    UpgradeEntity(long centreId, Upgrade u, String by, LocalDateTime at) {
        this.centreId = centreId;
        year = u.year();
        works = u.works().trim();
        cost = u.cost();
        status = u.status();
        recordedBy = by;
        recordedAt = at;
    }

    /** The works are finished: the upgrade is done, at what it really cost. */
    void done(Dirhams actualCost) {
        status = UpgradeStatus.DONE;
        cost = actualCost;
    }

    Upgrade toUpgrade() {
        return new Upgrade(year, works, cost, status);
    }
}
