package ma.gov.social.jisr.upgrades.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.DirhamsConverter;
import ma.gov.social.jisr.upgrades.api.PriorityWeights;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;

/**
 * A programme year: its settings, fixed when it is opened, and where it stands (opened, drafted by the
 * planning job, approved). Its plan's regions and lines are rows written in bulk, not part of it. The
 * planning run's lease is the platform's (JobLeases, "upgrades-plan-YEAR"); the columns run_owner and
 * run_heartbeat of an earlier release stay unused until the release after next drops them.
 */
@Entity
@Table(name = "upg_programme")
public class ProgrammeEntity {
    @Id
    @Column(name = "programme_year")
    private int year;
    @Version
    private long version;
    private int target;
    @Convert(converter = DirhamsConverter.class)
    private Dirhams budget;
    @Column(name = "min_per_region")
    private int minPerRegion;
    @Column(name = "recent_years")
    private int recentYears;
    @Column(name = "w_condition")
    private int weightCondition;
    @Column(name = "w_served")
    private int weightServed;
    @Column(name = "w_waiting")
    private int weightWaiting;
    @Column(name = "w_rural")
    private int weightRural;
    @Column(name = "w_group")
    private int weightGroup;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upg_unit_cost", joinColumns = @JoinColumn(name = "programme_year"))
    @MapKeyColumn(name = "centre_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "cost")
    @Convert(converter = DirhamsConverter.class)
    private Map<CentreType, Dirhams> unitCosts = new HashMap<>();
    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;
    @Column(name = "execution_id")
    private Long executionId;
    @Column(name = "planned_at")
    private LocalDateTime plannedAt;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected ProgrammeEntity() {
    }

    ProgrammeEntity(ProgrammeSettings s, String by, LocalDateTime at) {
        year = s.year();
        target = s.target();
        budget = s.budget();
        minPerRegion = s.minPerRegion();
        recentYears = s.recentYears();
        PriorityWeights w = s.weights();
        weightCondition = w.condition();
        weightServed = w.served();
        weightWaiting = w.waiting();
        weightRural = w.rural();
        weightGroup = w.group();
        unitCosts.putAll(s.unitCosts());
        status = ProgrammeStatus.OPEN;
        createdAt = at;
        createdBy = by;
    }

    /** Refuses any change once the plan is approved. */
    ProgrammeEntity requireDraft() {
        if (status == ProgrammeStatus.APPROVED) {
            throw new JisrException("programme.approved", year);
        }
        return this;
    }

    /** The planning job was started (or restarted): the screens follow this execution. */
    void planningStarted(long execution) {
        executionId = execution;
    }

    /** The job redoes the draft from the start: until it ends there is no plan to review. */
    void replanning() {
        status = ProgrammeStatus.OPEN;
        plannedAt = null;
    }

    void drafted(long execution, LocalDateTime at) {
        status = ProgrammeStatus.DRAFTED;
        executionId = execution;
        plannedAt = at;
    }

    void approved(String by, LocalDateTime at) {
        if (status != ProgrammeStatus.DRAFTED) {
            throw new JisrException("plan.notDrafted", year);
        }
        status = ProgrammeStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    ProgrammeStatus status() {
        return status;
    }

    ProgrammeSettings settings() {
        Map<CentreType, Dirhams> costs = new EnumMap<>(CentreType.class);
        costs.putAll(unitCosts);
        return new ProgrammeSettings(year, target, budget, minPerRegion, recentYears, new PriorityWeights(weightCondition,
                weightServed, weightWaiting, weightRural, weightGroup), costs);
    }

    Programme toProgramme() {
        return new Programme(settings(), status, executionId, plannedAt, approvedAt, approvedBy);
    }
}
