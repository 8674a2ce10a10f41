package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

/** Programme years, and SQL on the plan's tables; used inside the callers' transactions. */
@Dependent
class ProgrammeStore {
    @PersistenceContext(unitName = "upgrades")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** The plan's rows, read and written in bulk, in the caller's transaction. */
    Sql sql() {
        return new Sql(dataSource);
    }

    EntityManager em() {
        return em;
    }

    List<Programme> all() {
        return em.createQuery("select p from ProgrammeEntity p order by p.year desc", ProgrammeEntity.class)
                .getResultStream().map(ProgrammeEntity::toProgramme).toList();
    }

    Optional<Programme> find(int year) {
        return Optional.ofNullable(em.find(ProgrammeEntity.class, year)).map(ProgrammeEntity::toProgramme);
    }

    /** The year's programme, locked until the transaction ends, so that two steps do not interleave. */
    ProgrammeEntity lock(int year) {
        ProgrammeEntity p = em.find(ProgrammeEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new JisrException("programme.notFound", year);
        }
        return p;
    }

    /** Locks the year and refuses any change once the plan is approved. */
    ProgrammeEntity lockDraft(int year) {
        return lock(year).requireDraft();
    }

    /**
     * Like {@link #lockDraft}, but other readers of the year may go on: the job's regions run side by side.
     * JPA has no portable shared lock, so the row is read in share mode first, then loaded.
     */
    ProgrammeSettings shareDraft(int year) {
        if (sql().list("select programme_year from upg_programme where programme_year = ? lock in share mode",
                r -> r.integer("programme_year"), year).isEmpty()) {
            throw new JisrException("programme.notFound", year);
        }
        return em.find(ProgrammeEntity.class, year).requireDraft().settings();
    }

    void insert(ProgrammeSettings s, String by, LocalDateTime at) {
        em.persist(new ProgrammeEntity(s, by, at));
    }
}
