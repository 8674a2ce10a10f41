package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.AssociationData;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationFilter;
import ma.gov.social.jisr.funding.api.AssociationRow;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.RibChange;
import ma.gov.social.jisr.funding.api.StatusDecision;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * The associations registry. Every call is limited to the caller's territory: an association outside it is
 * "not found" and the attempt audited. RIB changes follow the four-eyes rule, in the service and in a check
 * constraint of the table.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class AssociationBean implements AssociationService {
    static final String MODULE = "funding";

    @PersistenceContext(unitName = "funding")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public List<AssociationRow> rows(AssociationFilter filter, PageRequest page) {
        return new AssociationQuery(filter, me.scope()).rows(new Sql(dataSource), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public long count(AssociationFilter filter) {
        return new AssociationQuery(filter, me.scope()).count(new Sql(dataSource));
    }

    @Override
    public AssociationDetails get(long id) {
        return visible(id).details();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long create(AssociationData data) {
        String region = checked(data, 0);
        AssociationEntity a = new AssociationEntity(data, region, me.username(), LocalDateTime.now());
        em.persist(a);
        flush();
        audit.record(entry(a, AuditAction.CREATE).withDetail(data.registrationNo()));
        return a.getId();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void update(long id, long version, AssociationData data) {
        AssociationEntity a = current(id, version);
        String region = checked(data, id);
        a.update(data, region, me.username(), LocalDateTime.now());
        flush();
        audit.record(entry(a, AuditAction.UPDATE));
    }

    /** The data's rules, its province within the caller's territory, its registration number unique. */
    private String checked(AssociationData data, long self) {
        AssociationRules.check(data, LocalDate.now());
        String region = territories.province(data.provinceCode()).map(p -> p.regionCode())
                .filter(r -> me.scope().covers(r, data.provinceCode()))
                .orElseThrow(() -> new JisrException("funding.association.provinceOutside"));
        if (em.createQuery("select count(a) from AssociationEntity a where a.registrationNo = :n and a.id <> :self",
                Long.class).setParameter("n", data.registrationNo().strip()).setParameter("self", self)
                .getSingleResult() > 0) {
            throw new JisrException("funding.association.duplicate");
        }
        return region;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long requestRibChange(long associationId, String rib, String reason) {
        AssociationEntity a = visible(associationId);
        Rib parsed = parseRib(rib);
        if (!em.createQuery("select c from RibChangeEntity c where c.associationId = :a and c.status = :p",
                RibChangeEntity.class).setParameter("a", associationId).setParameter("p", RibChange.Status.PENDING)
                .getResultList().isEmpty()) {
            throw new JisrException("funding.rib.alreadyPending");
        }
        String why = AssociationRules.text(reason, 500, "funding.rib.reasonRequired");
        RibChangeEntity change = new RibChangeEntity(a.getId(), parsed, why, me.username(), LocalDateTime.now());
        em.persist(change);
        flush();
        audit.record(entry(a, AuditAction.UPDATE).withDetail("RIB change " + change.getId() + " asked: "
                + parsed.masked()));
        return change.getId();
    }

    private static Rib parseRib(String typed) {
        Rib.problem(typed).ifPresent(key -> {
            throw new JisrException(key);
        });
        return Rib.parse(typed).orElseThrow();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER})
    @Override
    public void approveRibChange(long changeId, long version) {
        decide(changeId, version, true, null);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER})
    @Override
    public void rejectRibChange(long changeId, long version, String note) {
        decide(changeId, version, false, AssociationRules.text(note, 500, "funding.rib.noteRequired"));
    }

    private void decide(long changeId, long version, boolean approved, String note) {
        RibChangeEntity change = em.find(RibChangeEntity.class, changeId);
        if (change == null) {
            throw new JisrException("funding.rib.notFound");
        }
        AssociationEntity a = visible(change.getAssociationId());
        if (change.getVersion() != version) {
            throw new JisrException("funding.changedMeanwhile");
        }
        try {
            change.decide(approved, note, me.username(), LocalDateTime.now());
        } catch (JisrException refused) {
            audit.recordNow(entry(a, AuditAction.ACCESS_REFUSED).withDetail("RIB change " + changeId + ": "
                    + refused.messageKey()));
            throw refused;
        }
        if (approved) {
            a.ribApproved(change.rib(), me.username(), LocalDateTime.now());
        }
        flush();
        audit.record(entry(a, AuditAction.UPDATE).withDetail("RIB change " + changeId
                + (approved ? " approved: " + change.rib().masked() : " rejected")));
    }

    @Override
    public List<RibChange> ribChanges(long associationId) {
        String name = visible(associationId).getNameFr();
        return em.createQuery("select c from RibChangeEntity c where c.associationId = :a order by c.id desc",
                RibChangeEntity.class).setParameter("a", associationId).getResultStream()
                .map(c -> c.change(name)).toList();
    }

    @Override
    public List<RibChange> ribChangesToApprove(int limit) {
        // each change with its association, read in the same query, within the caller's territory
        String territory = switch (me.scope().level()) {
            case NATIONAL -> "";
            case REGION -> " and a.regionCode = :t";
            case PROVINCE -> " and a.provinceCode = :t";
        };
        TypedQuery<Object[]> q = em.createQuery("select c, a from RibChangeEntity c, AssociationEntity a"
                + " where a.id = c.associationId and c.status = :p and c.requestedBy <> :me" + territory
                + " order by c.requestedAt", Object[].class);
        if (!me.scope().isNational()) {
            q.setParameter("t", me.scope().code());
        }
        return q.setParameter("p", RibChange.Status.PENDING).setParameter("me", me.username())
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultStream()
                .map(pair -> ((RibChangeEntity) pair[0]).change(((AssociationEntity) pair[1]).getNameFr()))
                .toList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void decideStatus(long id, long version, AssociationStatus status, String decision, LocalDate decidedOn) {
        AssociationEntity a = current(id, version);
        if (status == null || decidedOn == null) {
            throw new JisrException("funding.status.incomplete");
        }
        if (decidedOn.isAfter(LocalDate.now())) {
            throw new JisrException("funding.status.future");
        }
        String text = AssociationRules.text(decision, 500, "funding.status.decisionRequired");
        a.decided(status, decidedOn, me.username(), LocalDateTime.now());
        new Sql(dataSource).update("insert into fun_status_decision (association_id, status, decision, decided_on,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)", id, status.name(), text, decidedOn,
                LocalDateTime.now(), me.username());
        flush();
        audit.record(entry(a, AuditAction.UPDATE).withDetail("status " + status + " on " + decidedOn + ": " + text));
    }

    @Override
    public List<StatusDecision> statusHistory(long id) {
        visible(id);
        return new Sql(dataSource).list("select status, decision, decided_on, recorded_at, recorded_by"
                + " from fun_status_decision where association_id = ? order by decided_on desc, id desc",
                r -> new StatusDecision(r.enumValue("status", AssociationStatus.class), r.string("decision"),
                        r.date("decided_on"), r.time("recorded_at"), r.string("recorded_by")), id);
    }

    private AssociationEntity current(long id, long version) {
        AssociationEntity a = visible(id);
        if (a.getVersion() != version) {
            throw new JisrException("funding.changedMeanwhile");
        }
        return a;
    }

    /** The association if it lies in the caller's territory; otherwise "not found", the attempt audited. */
    private AssociationEntity visible(long id) {
        AssociationEntity a = em.find(AssociationEntity.class, id);
        if (a == null || !covers(a)) {
            audit.recordNow(AuditEntry.of(MODULE, "association", id, AuditAction.ACCESS_REFUSED)
                    .withDetail(a == null ? "no such association" : "association outside the caller's territory"));
            throw new JisrException("funding.association.notFound");
        }
        return a;
    }

    private boolean covers(AssociationEntity a) {
        return a != null && me.scope().covers(a.getRegionCode(), a.getProvinceCode());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new JisrException("funding.changedMeanwhile");
        }
    }

    private static AuditEntry entry(AssociationEntity a, AuditAction action) {
        return AuditEntry.of(MODULE, "association", a.getId(), action).inTerritory(a.getRegionCode(),
                a.getProvinceCode());
    }
}
