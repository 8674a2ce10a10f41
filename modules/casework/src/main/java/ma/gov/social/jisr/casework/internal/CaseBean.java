package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.api.CaseFilter;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.casework.api.LinkedCase;
import ma.gov.social.jisr.casework.api.NewCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Opening, reading and listing cases. The work on a case is in {@link CaseWorkBean};
 * both pass through {@link CaseGate}. The roles here are every role that may handle some module's cases;
 * the module's own roles are checked per case.
 */
@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class CaseBean implements CaseService {
    private static final int EXPORT_BATCH = 1000;
    private static final String HIDDEN = "•••";
    static final List<String> EXPORT_COLUMNS = List.of("reference", "initials", "province", "step", "opened_on",
            "worker", "triage", "next_follow_up");

    @PersistenceContext(unitName = "casework")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseGate gate;
    @Inject
    private CaseModules modules;
    @Inject
    private CurrentUser me;
    @Inject
    private PersonDirectory persons;
    @Inject
    private CentreDirectory centres;
    @Inject
    private AuditLog audit;
    @Inject
    private Assignees assignees;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public CaseTeam team(String module, long centreId) {
        CaseModule m = modules.get(module);
        if (!gate.caller().hasAny(m.workerRoles()) && !gate.caller().hasAny(m.supervisorRoles())) {
            return CaseTeam.none();
        }
        return holding(m, centreId).map(c -> assignees.team(m, c.regionCode(), c.provinceCode()))
                .orElse(CaseTeam.none());
    }

    /** The centre, if it may hold the module's cases and lies in the caller's territory. */
    private Optional<CentreCard> holding(CaseModule module, long centreId) {
        return centres.card(centreId).filter(c -> module.centreTypes().contains(c.type()))
                .filter(c -> me.scope().covers(c.regionCode(), c.provinceCode()));
    }

    @Override
    public long open(NewCase data) {
        CaseModule module = modules.get(data.module());
        if (!gate.caller().hasAny(module.workerRoles()) && !gate.caller().hasAny(module.supervisorRoles())) {
            gate.refused(null, data.module(), "opening a case without the module's roles");
            throw new JisrException(CaseGate.NOT_FOUND);
        }
        CentreCard centre = holding(module, data.centreId())
                .orElseThrow(() -> new JisrException("casework.centreRequired"));
        PersonCard person = persons.card(data.personId())
                .orElseThrow(() -> new JisrException("casework.personRequired"));
        if (data.openedOn().isAfter(LocalDate.now())) {
            throw new JisrException("casework.date.future");
        }
        module.refusesOpening(person, data.openedOn()).ifPresent(key -> {
            throw new JisrException(key);
        });
        assignees.check(module, data.worker(), data.supervisor(), centre.regionCode(), centre.provinceCode());
        CaseEntity c = new CaseEntity(data, person.initials(), centre, me.username(), LocalDateTime.now());
        em.persist(c); // the sequence gives the id here, so the reference is set before the row is written
        c.numbered(module.referencePrefix());
        em.flush();
        em.persist(new StepEntity(c.getId(), null, c.getStep(), null, "opened", me.username()));
        audit.record(gate.entry(c, AuditAction.CREATE).withDetail(c.getReference()));
        return c.getId();
    }

    @Override
    public CaseFile get(long caseId) {
        return file(gate.open(caseId), false);
    }

    @Override
    public CaseFile breakTheGlass(long caseId, String reason) {
        return file(gate.breakTheGlass(caseId, reason, CaseService.BREAK_GLASS_MIN_REASON), true);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a page turn only reads
    @Override
    public List<CaseRow> rows(CaseFilter filter, PageRequest page) {
        modules.get(filter.module());
        return named(CaseListQuery.list(filter, me.scope(), me.username(), supervising(filter.module()))
                .rows(sql(), page));
    }

    /** The list's one call per search, hence where a search is audited. */
    @Override
    public long count(CaseFilter filter) {
        audit.record(AuditEntry.of(filter.module(), "case-list", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()).withDetail("search; filter " + CaseListQuery.describe(filter)));
        return CaseListQuery.list(filter, me.scope(), me.username(), supervising(filter.module())).count(sql());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public List<CaseRow> supervision(String module, PageRequest page) {
        modules.get(module);
        return named(CaseListQuery.supervision(module, me.scope(), me.username(), LocalDate.now())
                .rows(sql(), page));
    }

    @Override
    public long supervisionCount(String module) {
        audit.record(AuditEntry.of(module, "case-list", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()).withDetail("supervisor's list"));
        return CaseListQuery.supervision(module, me.scope(), me.username(), LocalDate.now()).count(sql());
    }

    @Override
    public boolean handlesModule(String module) {
        if (!modules.exists(module)) {
            return false;
        }
        CaseModule m = modules.get(module);
        return gate.caller().hasAny(m.workerRoles()) || gate.caller().hasAny(m.supervisorRoles());
    }

    /** A person's cases the caller may open (few per person: read as entities, checked one by one). */
    @Override
    public List<CaseRow> casesOf(String module, long personId) {
        if (!handlesModule(module)) {
            return List.of();
        }
        return em.createQuery("select c from CaseEntity c where c.personId = :p and c.module = :m"
                        + " order by c.openedOn desc", CaseEntity.class)
                .setParameter("p", personId).setParameter("m", module).getResultStream()
                .filter(c -> gate.decide(c) != CaseAccess.Decision.REFUSED)
                .map(c -> new CaseRow(c.getId(), c.getReference(), null, false, c.getProvinceCode(), c.getStep(),
                        c.getOpenedOn(), c.getWorker(), c.isRestricted(), c.getTriage(), c.getAttention(),
                        c.getNextFollowUp(), null))
                .toList();
    }

    @Override
    public List<LinkedCase> linked(long caseId) {
        gate.read(caseId);
        Map<Long, Boolean> ids = new HashMap<>();
        sql().list("select case_id id, true incoming from cas_referral where received_case_id = ? union"
                + " select received_case_id, false from cas_referral where case_id = ? and received_case_id is not null",
                r -> ids.put(r.number("id"), r.flag("incoming")), caseId, caseId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CaseEntity c where c.id in :ids order by c.openedOn", CaseEntity.class)
                .setParameter("ids", ids.keySet()).getResultStream()
                .filter(c -> gate.decide(c) == CaseAccess.Decision.HANDLES || gate.decide(c) == CaseAccess.Decision.READS)
                .map(c -> new LinkedCase(c.getId(), c.getModule(), c.getReference(), c.getStep(), c.getOpenedOn(),
                        ids.get(c.getId())))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public Map<Long, String> references(String module, Collection<Long> caseIds) {
        if (!handlesModule(module) || caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from CaseEntity c where c.id in :ids and c.module = :m", CaseEntity.class)
                .setParameter("ids", caseIds).setParameter("m", module).getResultStream()
                .filter(c -> gate.decide(c) != CaseAccess.Decision.REFUSED)
                .collect(Collectors.toMap(CaseEntity::getId, CaseEntity::getReference));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Override
    public Map<Long, String> openReferences(String module, Collection<Long> caseIds) {
        Map<Long, String> readable = references(module, caseIds);
        return readable.isEmpty() ? readable : em.createQuery("select c.id from CaseEntity c where c.id in :ids"
                + " and c.step <> :closed", Long.class).setParameter("ids", readable.keySet())
                .setParameter("closed", CaseStep.CLOSED).getResultStream()
                .collect(Collectors.toMap(id -> id, readable::get));
    }

    @Override
    public long export(CaseFilter filter, ExportFormat format, OutputStream out) {
        CaseModule module = modules.get(filter.module());
        if (!gate.caller().hasAny(module.exportRoles())) {
            gate.refused(null, filter.module(), "export without an export role");
            throw new JisrException("casework.exportRefused");
        }
        audit.recordNow(AuditEntry.of(filter.module(), "case-list", null, AuditAction.EXPORT).inScope(me.scope())
                .withDetail("started " + format + "; filter " + CaseListQuery.describe(filter)));
        CaseListQuery query = CaseListQuery.list(filter, me.scope(), me.username(), supervising(filter.module()));
        long lastId = 0;
        try (TableWriter table = TableWriter.open(format, out, EXPORT_COLUMNS)) {
            List<CaseListQuery.Raw> batch;
            do {
                batch = query.after(sql(), lastId, EXPORT_BATCH);
                for (CaseListQuery.Raw r : batch) {
                    if (!table.hasRoom()) {
                        return table.rowsWritten();
                    }
                    table.row(r.reference(), r.restricted() ? HIDDEN : r.initials(), r.provinceCode(), r.step().name(), r.openedOn(),
                            r.worker(), r.triage(), r.nextFollowUp());
                    lastId = r.id();
                }
            } while (batch.size() == EXPORT_BATCH);
            return table.rowsWritten();
        }
    }

    private List<CaseRow> named(List<CaseListQuery.Raw> raw) {
        CaseAccess.Caller caller = gate.caller();
        List<Long> handled = raw.stream().filter(r -> CaseAccess.named(caller, r.worker(), r.supervisor()))
                .map(CaseListQuery.Raw::personId).toList();
        Map<Long, PersonCard> cards = handled.isEmpty() ? Map.of() : persons.cards(handled);
        return raw.stream().map(r -> {
            PersonCard card = cards.get(r.personId());
            return card != null ? r.row(card.fullName(), true) : r.row(r.restricted() ? HIDDEN : r.initials(), false);
        }).toList();
    }

    /** Supervising roles see that restricted cases exist (to break the glass), never whose they are. */
    private boolean supervising(String module) {
        return gate.caller().hasAny(modules.get(module).supervisorRoles());
    }

    private CaseFile file(CaseEntity c, boolean brokeGlass) {
        String name = persons.card(c.getPersonId()).map(PersonCard::fullName).orElse("?");
        boolean handles = gate.decide(c) == CaseAccess.Decision.HANDLES;
        return new CaseFile(c.getId(), c.getVersion(), c.getModule(), c.getReference(), c.getPersonId(), name,
                c.getCentreId(), c.getRegionCode(), c.getProvinceCode(), c.getWorker(), c.getSupervisor(),
                c.isRestricted(), c.getStep(), c.getOpenedOn(), c.getClosedOn(), c.getCloseReason(),
                c.getNextFollowUp(), c.getTriage(), c.getAttention(), handles, brokeGlass);
    }

    private Sql sql() {
        return new Sql(dataSource);
    }
}
