package ma.gov.social.jisr.people.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.HeldLine;
import ma.gov.social.jisr.people.api.HoldDecision;
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
import ma.gov.social.jisr.platform.api.imports.BackgroundImports;
import ma.gov.social.jisr.platform.api.imports.CsvImport;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Person imports (checks in {@link PersonImportChecker}, staging in {@link PersonImportStore}), and the
 * decisions on the lines an import held because they may be persons already registered.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PersonImportBean implements PersonImportService {
    private static final List<String> REQUIRED = List.of("first_name_ar", "last_name_ar", "first_name_latin",
            "last_name_latin", "sex", "province");
    private static final int CHUNK = 1000;

    @Inject
    private BackgroundImports imports;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;
    @Inject
    private ImportHolds holds;
    @EJB
    private PersonImportStore store;
    @EJB
    private PersonService persons;

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public String start(Path file, String originalName) {
        PersonImportChecker checker = new PersonImportChecker(me.scope(), territories, store);
        String username = me.username();
        return imports.start("people", "person", file, originalName, new CsvImport<>(REQUIRED, CHUNK), checker,
                (chunk, tag) -> store.save(chunk, tag, username, checker));
    }

    /** Each registered person shown as a candidate is a reading of that person, audited in their territory. */
    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<HeldLine> heldLines(String importId, PageRequest page) {
        List<HeldLine> rows = holds.rows(importId, me.scope(), page.offset(), page.limit());
        if (rows.isEmpty()) {
            return rows;
        }
        audit.record(AuditEntry.of("people", "import-hold", importId, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()).withDetail(rows.size() + " held lines shown, file lines " + rows.get(0).line()
                        + "-" + rows.get(rows.size() - 1).line()));
        Map<Long, PersonRow> shown = new LinkedHashMap<>();
        rows.forEach(line -> line.candidates().forEach(p -> shown.putIfAbsent(p.id(), p)));
        shown.values().forEach(p -> audit.record(AuditEntry.of("people", "person", p.id(),
                AuditAction.READ_PERSONAL_DATA).inTerritory(null, p.provinceCode())
                .withDetail("shown as a candidate of a line held by import " + importId)));
        return rows;
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long countHeldLines(String importId) {
        return holds.count(importId, me.scope());
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long resolve(long heldLineId, HoldDecision decision, Long personId) {
        ImportHolds.Hold hold = holds.lock(heldLineId)
                .filter(h -> me.scope().covers(h.regionCode(), h.data().provinceCode()) && !"STAGED".equals(h.state()))
                .orElseThrow(() -> new JisrException("import.hold.notFound"));
        if (!"OPEN".equals(hold.state())) {
            throw new JisrException("import.hold.decided", hold.line());
        }
        if (decision == null) {
            throw new JisrException("import.hold.decisionRequired");
        }
        long person;
        String detail;
        if (decision == HoldDecision.EXISTING) {
            if (personId == null || holds.candidates(hold, me.scope()).stream().noneMatch(p -> p.id() == personId)) {
                throw new JisrException("import.hold.notACandidate", personId == null ? "-" : personId);
            }
            person = personId;
            detail = "the same person as person " + person + ": kept, nothing created";
        } else {
            person = persons.create(hold.data(), true); // the rules of a create, candidates confirmed as others
            detail = "registered as a new person, " + person;
        }
        holds.decide(heldLineId, decision == HoldDecision.EXISTING ? HeldLine.State.EXISTING : HeldLine.State.CREATED,
                person, me.username());
        audit.record(AuditEntry.of("people", "import-hold", heldLineId, AuditAction.UPDATE)
                .inTerritory(hold.regionCode(), hold.data().provinceCode())
                .withDetail("line " + hold.line() + " of import " + hold.tag() + " held as a possible duplicate: "
                        + detail));
        return person;
    }
}
