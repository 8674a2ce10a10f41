package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.DuplicateCandidate;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonDetails;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonImportService;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
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
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** Persons are personal data: only staff who work with people may read them (not finance, not auditors). */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class PersonRegistryBean implements PersonService {
    private static final int EXPORT_BATCH = 1000;

    @PersistenceContext(unitName = "people")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;
    @Inject
    private DuplicateFinder finder;
    @Inject
    private PersonLinks links;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a page turn only reads: no transaction of its own
    public List<PersonRow> rows(PersonFilter filter, PageRequest page) {
        return new PersonListQuery(filter, me.scope()).rows(new Sql(dataSource), page);
    }

    /** The list's one call per search (page turns only read rows), hence where a search is audited. */
    @Override
    public long count(PersonFilter filter) {
        audit.record(AuditEntry.of("people", "person-list", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()).withDetail("search; filter " + PersonListQuery.describe(filter)));
        return new PersonListQuery(filter, me.scope()).count(new Sql(dataSource));
    }

    @Override
    public PersonDetails get(long id) {
        PersonEntity p = visible(id);
        record(p, AuditAction.READ_PERSONAL_DATA, null);
        return new PersonDetails(p.getId(), p.getVersion(), p.getRegionCode(), p.getMergedInto(), p.data(),
                links.guardiansOf(id), links.wardsOf(id), links.holdings(id));
    }

    @Override
    public List<DuplicateCandidate> duplicates(PersonData data, Long excludingId) {
        checked(data);
        List<DuplicateCandidate> candidates = finder.find(data, PersonRules.cin(data), excludingId);
        if (candidates.stream().anyMatch(c -> !visible(c.person()))) {
            throw cinTaken(data, candidates);
        }
        for (DuplicateCandidate c : candidates) { // the screen shows them: each is a reading of that person
            audit.record(AuditEntry.of("people", "person", c.person().id(), AuditAction.READ_PERSONAL_DATA)
                    .inTerritory(regionOf(c.person()), c.person().provinceCode())
                    .withDetail("shown as a possible duplicate (" + c.reason() + ")"));
        }
        return candidates;
    }

    @Override
    public long create(PersonData data, boolean confirmedNotADuplicate) {
        String region = checked(data);
        List<DuplicateCandidate> candidates = confirmedOrRefused(data, null, confirmedNotADuplicate);
        PersonEntity person = new PersonEntity(me.username(), LocalDateTime.now());
        person.apply(data, PersonRules.cin(data), PersonRules.phone(data), region, me.username(), LocalDateTime.now());
        em.persist(person);
        em.flush();
        record(person, AuditAction.CREATE, confirmation(candidates));
        return person.getId();
    }

    @Override
    public void update(long id, long version, PersonData data, boolean confirmedNotADuplicate) {
        PersonEntity person = active(id);
        if (person.getVersion() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        String region = checked(data);
        List<DuplicateCandidate> candidates = confirmedOrRefused(data, id, confirmedNotADuplicate);
        person.apply(data, PersonRules.cin(data), PersonRules.phone(data), region, me.username(), LocalDateTime.now());
        try {
            em.flush(); // two saves at once both pass the check above: the second one's update finds no row
        } catch (OptimisticLockException e) {
            throw new JisrException("common.changedMeanwhile");
        }
        record(person, AuditAction.UPDATE, confirmation(candidates));
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
    public void merge(long keepId, long mergedId) {
        if (keepId == mergedId) {
            throw new JisrException("person.merge.same");
        }
        PersonEntity keeper = active(keepId);
        PersonEntity merged = active(mergedId);
        em.lock(keeper, LockModeType.PESSIMISTIC_WRITE);
        em.lock(merged, LockModeType.PESSIMISTIC_WRITE);
        String cin = merged.getCin();
        merged.mergedInto(keepId, me.username(), LocalDateTime.now());
        em.flush(); // frees the CIN before the keeper takes it
        keeper.kept(cin, me.username(), LocalDateTime.now());
        long moved = links.moveAll(mergedId, keepId);
        em.flush();
        record(keeper, AuditAction.UPDATE, "merged person " + mergedId + " into this one; " + moved + " links moved");
        record(merged, AuditAction.UPDATE, "merged into person " + keepId);
    }

    @Override
    public void addGuardian(long childId, long guardianId, GuardianRelation relation) {
        if (childId == guardianId) {
            throw new JisrException("person.guardian.self");
        }
        PersonEntity child = active(childId);
        PersonEntity guardian = active(guardianId);
        int year = LocalDate.now().getYear();
        if (year - child.data().birthYear() >= 18) {
            throw new JisrException("person.guardian.notAChild");
        }
        if (year - guardian.data().birthYear() < 18) {
            throw new JisrException("person.guardian.minor");
        }
        if (relation == null) {
            throw new JisrException("person.guardian.relationRequired");
        }
        links.addGuardian(childId, guardianId, relation, me.username());
        record(child, AuditAction.UPDATE, "guardian " + guardianId + " added as " + relation);
    }

    @Override
    public void removeGuardian(long childId, long guardianId) {
        PersonEntity child = active(childId);
        links.removeGuardian(childId, guardianId);
        record(child, AuditAction.UPDATE, "guardian " + guardianId + " removed");
    }

    /** Recorded before the first byte in its own transaction (an aborted download rolls this one back). */
    @Override
    public long export(PersonFilter filter, ExportFormat format, OutputStream out) {
        PersonListQuery query = new PersonListQuery(filter, me.scope());
        audit.recordNow(exportEntry("started " + format + "; filter " + PersonListQuery.describe(filter)));
        long written = 0;
        long lastId = 0;
        try (TableWriter table = TableWriter.open(format, out, PersonImportService.COLUMNS)) {
            List<PersonListQuery.Exported> batch;
            do {
                batch = query.exportAfter(new Sql(dataSource), lastId, EXPORT_BATCH);
                for (PersonListQuery.Exported row : batch) {
                    if (!table.hasRoom()) {
                        break;
                    }
                    table.row(row.values());
                    lastId = row.id();
                    written++;
                }
            } while (batch.size() == EXPORT_BATCH && table.hasRoom());
        }
        audit.record(exportEntry("finished: " + written + " persons"));
        return written;
    }

    private AuditEntry exportEntry(String detail) {
        return AuditEntry.of("people", "person-list", null, AuditAction.EXPORT).inScope(me.scope()).withDetail(detail);
    }

    /** A person outside my territory does not exist for me. */
    private PersonEntity visible(long id) {
        PersonEntity person = em.find(PersonEntity.class, id);
        if (person == null || !me.scope().covers(person.getRegionCode(), person.getProvinceCode())) {
            throw new JisrException("person.notFound");
        }
        return person;
    }

    private boolean visible(PersonRow row) {
        return me.scope().covers(regionOf(row), row.provinceCode());
    }

    private String regionOf(PersonRow row) {
        return territories.province(row.provinceCode()).map(p -> p.regionCode()).orElse(null);
    }

    private PersonEntity active(long id) {
        PersonEntity person = visible(id);
        if (person.getMergedInto() != null) {
            throw new JisrException("person.merged", person.getMergedInto());
        }
        return person;
    }

    private String checked(PersonData data) {
        List<JisrException> problems = PersonRules.check(data, code -> territories.province(code).isPresent(),
                LocalDate.now());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        String region = territories.province(data.provinceCode()).orElseThrow().regionCode();
        if (!me.scope().covers(region, data.provinceCode())) {
            throw new JisrException("person.province.outsideScope");
        }
        return region;
    }

    /** The same CIN is always refused; similar persons only until the user confirms. */
    private List<DuplicateCandidate> confirmedOrRefused(PersonData data, Long id, boolean confirmed) {
        List<DuplicateCandidate> candidates = finder.find(data, PersonRules.cin(data), id);
        if (candidates.stream().anyMatch(c -> c.reason() == DuplicateCandidate.Reason.SAME_NATIONAL_ID)) {
            throw cinTaken(data, candidates);
        }
        if (!candidates.isEmpty() && !confirmed) {
            throw new JisrException("person.duplicates", candidates.size());
        }
        return candidates;
    }

    /**
     * A CIN is unique in the whole country, so the refusal cannot depend on the territory; it names
     * nobody, and asking about a CIN held outside my territory is kept in the audit log (in the holder's
     * territory, for its auditors), committed although the refusal rolls my transaction back.
     */
    private JisrException cinTaken(PersonData data, List<DuplicateCandidate> candidates) {
        for (DuplicateCandidate c : candidates) {
            if (c.reason() == DuplicateCandidate.Reason.SAME_NATIONAL_ID && !visible(c.person())) {
                audit.recordNow(AuditEntry.of("people", "person", c.person().id(), AuditAction.ACCESS_REFUSED)
                        .inTerritory(regionOf(c.person()), c.person().provinceCode())
                        .withDetail("CIN already registered; asked from outside its territory, by a "
                                + me.scope().level() + " account " + Objects.toString(me.scope().code(), "")));
            }
        }
        return new JisrException("person.cin.taken", PersonRules.cin(data));
    }

    private static String confirmation(List<DuplicateCandidate> candidates) {
        return candidates.isEmpty() ? null : "confirmed not a duplicate of persons "
                + candidates.stream().map(c -> Long.toString(c.person().id())).toList();
    }

    private void record(PersonEntity p, AuditAction action, String detail) {
        audit.record(AuditEntry.of("people", "person", p.getId(), action)
                .inTerritory(p.getRegionCode(), p.getProvinceCode()).withDetail(detail));
    }
}
