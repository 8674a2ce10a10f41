package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.women.api.Admission;
import ma.gov.social.jisr.women.api.ShelterRow;
import ma.gov.social.jisr.women.api.ShelterService;
import ma.gov.social.jisr.women.api.Stay;
import ma.gov.social.jisr.women.api.WaitingEntry;

/**
 * Shelter beds. The count of taken beds lives in one row per shelter and moves only by a conditional
 * update ("one more, if one is free"): of two admissions into the last bed, InnoDB makes the second wait
 * for the first, then finds no free bed. No lock is held in Java, so two servers behave the same.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
public class ShelterBean implements ShelterService {
    @PersistenceContext(unitName = "women")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseWork work;
    @Inject
    private CaseService cases;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public Admission admit(long caseId, long shelterId, LocalDate on, boolean waitIfFull) {
        CaseRef c = work.handled(WomenCases.MODULE, caseId);
        CentreCard shelter = shelter(shelterId);
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(c.openedOn())) {
            throw new JisrException(on == null ? "casework.date.required"
                    : on.isAfter(LocalDate.now()) ? "casework.date.future" : "casework.date.beforeOpening");
        }
        if (!em.createQuery("select s from StayEntity s where s.caseId = :c and s.dischargedOn is null",
                StayEntity.class).setParameter("c", caseId).getResultList().isEmpty()) {
            throw new JisrException("women.shelter.alreadyIn");
        }
        Sql sql = new Sql(dataSource);
        known(sql, shelter);
        if (sql.update("update wom_shelter set occupied = occupied + 1 where centre_id = ? and occupied < beds",
                shelterId) == 0) {
            if (!waitIfFull) {
                throw new JisrException("women.shelter.full");
            }
            sql.update("insert into wom_waiting (case_id, centre_id, since, status, added_by) values (?, ?, ?,"
                    + " 'WAITING', ?)", caseId, shelterId, LocalDateTime.now(), me.username());
            int position = (int) sql.number("select count(*) from wom_waiting where centre_id = ? and status = 'WAITING'",
                    shelterId);
            audit.record(WomenBean.entry(c, AuditAction.UPDATE).withDetail("waiting for shelter " + shelterId));
            return new Admission(false, 0, position);
        }
        StayEntity stay = new StayEntity(caseId, shelterId, on, me.username());
        em.persist(stay);
        em.flush();
        sql.update("update wom_waiting set status = 'ADMITTED' where case_id = ? and centre_id = ? and status = 'WAITING'",
                caseId, shelterId);
        audit.record(WomenBean.entry(c, AuditAction.UPDATE).withDetail("admitted to shelter " + shelterId));
        return new Admission(true, stay.getId(), 0);
    }

    @Override
    public void discharge(long stayId, LocalDate on) {
        StayEntity stay = em.find(StayEntity.class, stayId);
        if (stay == null) {
            throw new JisrException("women.shelter.stayNotFound");
        }
        CaseRef c = work.handled(WomenCases.MODULE, stay.caseId());
        if (on != null && on.isAfter(LocalDate.now())) {
            throw new JisrException("casework.date.future");
        }
        stay.discharge(on, me.username());
        new Sql(dataSource).update("update wom_shelter set occupied = occupied - 1 where centre_id = ?",
                stay.centreId());
        audit.record(WomenBean.entry(c, AuditAction.UPDATE).withDetail("discharged from shelter " + stay.centreId()));
    }

    @Override
    public void cancelWaiting(long waitingId) {
        Sql sql = new Sql(dataSource);
        long caseId = sql.number("select case_id from wom_waiting where id = ? and status = 'WAITING'", waitingId);
        if (caseId == 0) {
            throw new JisrException("women.shelter.waitingNotFound");
        }
        CaseRef c = work.handled(WomenCases.MODULE, caseId);
        sql.update("update wom_waiting set status = 'CANCELLED' where id = ?", waitingId);
        audit.record(WomenBean.entry(c, AuditAction.UPDATE).withDetail("taken off a shelter's waiting list"));
    }

    @Override
    public List<Stay> staysOf(long caseId) {
        work.readable(WomenCases.MODULE, caseId);
        return em.createQuery("select s from StayEntity s where s.caseId = :c order by s.admittedOn desc",
                StayEntity.class).setParameter("c", caseId).getResultStream().map(StayEntity::stay).toList();
    }

    @Override
    public List<ShelterRow> board(String provinceCode) {
        TerritorialScope within = provinceCode == null || provinceCode.isBlank() ? me.scope()
                : TerritorialScope.province(provinceCode);
        List<CentreCard> shelters = centres.open(Set.of(CentreType.WOMEN_SHELTER), within).stream()
                .filter(s -> me.scope().covers(s.regionCode(), s.provinceCode())).toList();
        if (shelters.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        String ids = String.join(",", shelters.stream().map(s -> "?").toList());
        new Sql(dataSource).list("select s.centre_id, s.occupied, (select count(*) from wom_waiting w where"
                + " w.centre_id = s.centre_id and w.status = 'WAITING') waiting from wom_shelter s where s.centre_id in ("
                + ids + ")", r -> counts.put(r.number("centre_id"), new int[] {r.integer("occupied"),
                r.integer("waiting")}), shelters.stream().map(CentreCard::id).toArray());
        return shelters.stream().map(s -> {
            int[] n = counts.getOrDefault(s.id(), new int[2]);
            return new ShelterRow(s.id(), s.nameAr(), s.nameFr(), s.provinceCode(), s.beds() == null ? 0 : s.beds(),
                    n[0], n[1]);
        }).toList();
    }

    @Override
    public List<WaitingEntry> waitingList(long shelterId) {
        shelter(shelterId);
        List<WaitingEntry> waiting = new Sql(dataSource).list("select id, case_id, centre_id, since from wom_waiting"
                + " where centre_id = ? and status = 'WAITING' order by since, id", r -> new WaitingEntry(
                r.number("id"), r.number("case_id"), null, r.number("centre_id"), r.time("since")), shelterId);
        // a case the caller may not open keeps its place in the queue, without its reference
        Map<Long, String> references = cases.references(WomenCases.MODULE,
                waiting.stream().map(WaitingEntry::caseId).toList());
        return waiting.stream().map(w -> new WaitingEntry(w.id(), w.caseId(), references.get(w.caseId()),
                w.centreId(), w.since())).toList();
    }

    /** A women's shelter open within the caller's territory, with beds. */
    private CentreCard shelter(long shelterId) {
        return centres.card(shelterId).filter(s -> s.type() == CentreType.WOMEN_SHELTER)
                .filter(s -> me.scope().covers(s.regionCode(), s.provinceCode()))
                .filter(s -> s.beds() != null && s.beds() > 0)
                .orElseThrow(() -> new JisrException("women.shelter.notFound"));
    }

    /** The shelter's counter row, created on its first admission with the registry's beds. */
    private static void known(Sql sql, CentreCard shelter) {
        sql.update("insert into wom_shelter (centre_id, region_code, province_code, beds, occupied) values (?, ?, ?, ?, 0)"
                + " on duplicate key update beds = greatest(occupied, values(beds))", shelter.id(), shelter.regionCode(),
                shelter.provinceCode(), shelter.beds());
    }
}
