package ma.gov.social.jisr.upgrades.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.PriorityWeights;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;

/** Reads and writes programme years; used inside the callers' transactions. */
@Dependent
class ProgrammeStore {
    private static final String COLUMNS = "programme_year, target, budget, min_per_region, recent_years, w_condition,"
            + " w_served, w_waiting, w_rural, w_group, status, execution_id, planned_at, approved_at, approved_by";

    @PersistenceContext(unitName = "upgrades")
    private EntityManager em;

    Db db() {
        return new Db(em);
    }

    List<Programme> all() {
        return db().rows("select " + COLUMNS + " from upg_programme order by programme_year desc").stream()
                .map(this::programme).toList();
    }

    Optional<Programme> find(int year) {
        return db().rows("select " + COLUMNS + " from upg_programme where programme_year = ?", year).stream()
                .map(this::programme).findFirst();
    }

    /** The year's programme, locked until the transaction ends, so that two steps do not interleave. */
    Programme lock(int year) {
        return db().rows("select " + COLUMNS + " from upg_programme where programme_year = ? for update", year)
                .stream().map(this::programme).findFirst()
                .orElseThrow(() -> new JisrException("programme.notFound", year));
    }

    /** Locks the year and refuses any change once the plan is approved. */
    Programme lockDraft(int year) {
        return draft(lock(year));
    }

    /** Like {@link #lockDraft}, but other readers of the year may go on: the job's regions run side by side. */
    Programme shareDraft(int year) {
        return draft(db().rows("select " + COLUMNS + " from upg_programme where programme_year = ? lock in share mode",
                year).stream().map(this::programme).findFirst()
                .orElseThrow(() -> new JisrException("programme.notFound", year)));
    }

    private static Programme draft(Programme p) {
        if (p.status() == ProgrammeStatus.APPROVED) {
            throw new JisrException("programme.approved", p.year());
        }
        return p;
    }

    void insert(ProgrammeSettings s, String by, java.time.LocalDateTime at) {
        PriorityWeights w = s.weights();
        db().update("insert into upg_programme (programme_year, target, budget, min_per_region, recent_years,"
                + " w_condition, w_served, w_waiting, w_rural, w_group, status, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)", s.year(), s.target(), s.budget(),
                s.minPerRegion(), s.recentYears(), w.condition(), w.served(), w.waiting(), w.rural(), w.group(), at, by);
        for (Map.Entry<CentreType, BigDecimal> cost : s.unitCosts().entrySet()) {
            db().update("insert into upg_unit_cost (programme_year, centre_type, cost) values (?, ?, ?)", s.year(),
                    cost.getKey().name(), cost.getValue());
        }
    }

    private Programme programme(Object[] r) {
        int year = (int) Db.number(r[0]);
        Map<CentreType, BigDecimal> costs = new EnumMap<>(CentreType.class);
        for (Object[] c : db().rows("select centre_type, cost from upg_unit_cost where programme_year = ?", year)) {
            costs.put(CentreType.valueOf((String) c[0]), Db.decimal(c[1]));
        }
        ProgrammeSettings settings = new ProgrammeSettings(year, (int) Db.number(r[1]), Db.decimal(r[2]),
                (int) Db.number(r[3]), (int) Db.number(r[4]), new PriorityWeights((int) Db.number(r[5]),
                (int) Db.number(r[6]), (int) Db.number(r[7]), (int) Db.number(r[8]), (int) Db.number(r[9])), costs);
        return new Programme(settings, ProgrammeStatus.valueOf((String) r[10]), r[11] == null ? null : Db.number(r[11]),
                Db.time(r[12]), Db.time(r[13]), (String) r[14]);
    }
}
