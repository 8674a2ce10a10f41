package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.NewCase;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.Assessment;
import ma.gov.social.jisr.children.api.AssessmentDomain;
import ma.gov.social.jisr.children.api.ChildrenService;
import ma.gov.social.jisr.children.api.Concern;
import ma.gov.social.jisr.children.api.DangerLevel;
import ma.gov.social.jisr.children.api.Identification;
import ma.gov.social.jisr.children.api.IdentificationDetails;
import ma.gov.social.jisr.children.api.IdentificationSource;
import ma.gov.social.jisr.children.api.Situation;
import ma.gov.social.jisr.children.api.TransitionKind;
import ma.gov.social.jisr.children.api.WatchItem;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Codes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The child case's identification, assessment and transition; access is the kernel's answer. */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class ChildrenBean implements ChildrenService {
    @Inject
    private CaseService cases;
    @Inject
    private CaseWork work;
    @Inject
    private PersonDirectory persons;
    @Inject
    private ChildStore store;
    @Inject
    private Watch watch;
    @Inject
    @ConfigProperty(name = "jisr.children.emergency-hours", defaultValue = "24")
    private int emergencyHours;

    @Override
    public long identify(Identification i) {
        ChildRules.checkIdentification(i, LocalDate.now());
        abusersKnown(i);
        long caseId = cases.open(new NewCase(ChildrenCases.MODULE, i.personId(), i.centreId(), i.identifiedOn(),
                i.worker(), i.supervisor(), i.restricted()));
        record(work.handled(ChildrenCases.MODULE, caseId), i);
        return caseId;
    }

    @Override
    public void completeIdentification(long caseId, Identification i) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        if (store.sql().number("select count(*) from chi_identification where case_id = ?", caseId) > 0) {
            throw new JisrException("children.identification.already");
        }
        Identification onCase = new Identification(c.personId(), c.centreId(), i.identifiedOn(), i.source(),
                i.sourceDetail(), i.situations(), i.immediateDanger(), i.account(), i.allegedAbuserIds(), null, null,
                false);
        ChildRules.checkIdentification(onCase, LocalDate.now());
        abusersKnown(onCase);
        record(c, onCase);
    }

    private void abusersKnown(Identification i) {
        if (persons.cards(i.allegedAbuserIds()).size() != i.allegedAbuserIds().size()) {
            throw new JisrException("casework.personRequired");
        }
    }

    private void record(CaseRef c, Identification i) {
        PersonCard child = persons.card(c.personId()).orElseThrow(() -> new JisrException("casework.personRequired"));
        LocalDateTime now = store.now();
        Sql sql = store.sql();
        sql.update("insert into chi_identification (case_id, identified_on, source, source_detail, situations,"
                + " immediate_danger, account, sex, birth_date, adult_on, region_code, province_code, emergency_due,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(),
                i.identifiedOn(), i.source().name(), Texts.clip(i.sourceDetail(), 200), Codes.join(i.situations()),
                i.immediateDanger(), Texts.clip(i.account(), 2000), child.sex() == null ? null : child.sex().name(),
                child.birthDate(), ChildRules.adultOn(child.birthDate(), child.birthYear()), c.regionCode(),
                c.provinceCode(), i.immediateDanger() ? ChildRules.emergencyDue(now, emergencyHours) : null, now,
                store.me());
        sql.batch("insert into chi_alleged_abuser (case_id, person_id) values (?, ?)",
                i.allegedAbuserIds().stream().map(p -> new Object[] {c.id(), p}).toList());
        store.remark(c.id());
        store.audit(c, AuditAction.CREATE, "identified by " + i.source() + (i.immediateDanger() ? ", immediate danger"
                : ""));
    }

    @Override
    public Optional<IdentificationDetails> identificationOf(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        Sql sql = store.sql();
        List<Long> abuserIds = sql.list("select person_id from chi_alleged_abuser where case_id = ?",
                r -> r.number("person_id"), caseId);
        List<String> abusers = persons.cards(abuserIds).values().stream().map(PersonCard::fullName).sorted().toList();
        return sql.one("select * from chi_identification where case_id = ?", r -> new IdentificationDetails(caseId,
                r.date("identified_on"), r.enumValue("source", IdentificationSource.class), r.string("source_detail"),
                Codes.split(r.string("situations"), Situation.class), r.flag("immediate_danger"), r.string("account"),
                r.date("adult_on"), abusers, r.time("emergency_due"), r.time("emergency_met_at"),
                r.enumValue("transition_kind", TransitionKind.class), r.date("transition_on"),
                r.string("transition_note")), caseId);
    }

    @Override
    public DangerLevel assess(long caseId, LocalDate assessedOn, Map<AssessmentDomain, Concern> concerns,
                              boolean immediateDanger, String notes) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        ChildRules.checkAssessment(concerns, assessedOn, c.openedOn(), LocalDate.now());
        DangerLevel danger = ChildRules.danger(concerns, immediateDanger);
        store.sql().update("insert into chi_assessment (id, case_id, assessed_on, safety, health, education, family,"
                + " legal_status, immediate_danger, danger, notes, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)", store.nextId(), caseId, assessedOn,
                concerns.get(AssessmentDomain.SAFETY).ordinal(), concerns.get(AssessmentDomain.HEALTH).ordinal(),
                concerns.get(AssessmentDomain.EDUCATION).ordinal(), concerns.get(AssessmentDomain.FAMILY).ordinal(),
                concerns.get(AssessmentDomain.LEGAL_STATUS).ordinal(), immediateDanger, danger.name(),
                Texts.clip(notes, 2000), store.now(), store.me());
        if (danger.emergency()) {
            // a new immediate danger asks for a new emergency measure, from now
            store.sql().update("update chi_identification set emergency_due = ?, emergency_met_at = null"
                    + " where case_id = ?", ChildRules.emergencyDue(store.now(), emergencyHours), caseId);
        }
        store.remark(caseId);
        store.audit(c, AuditAction.UPDATE, "best-interest assessment: " + danger);
        return danger;
    }

    @Override
    public List<Assessment> assessments(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        Concern[] levels = Concern.values();
        return store.sql().list("select * from chi_assessment where case_id = ? order by assessed_on desc, id desc",
                r -> {
                    Map<AssessmentDomain, Concern> concerns = new EnumMap<>(AssessmentDomain.class);
                    concerns.put(AssessmentDomain.SAFETY, levels[r.integer("safety")]);
                    concerns.put(AssessmentDomain.HEALTH, levels[r.integer("health")]);
                    concerns.put(AssessmentDomain.EDUCATION, levels[r.integer("education")]);
                    concerns.put(AssessmentDomain.FAMILY, levels[r.integer("family")]);
                    concerns.put(AssessmentDomain.LEGAL_STATUS, levels[r.integer("legal_status")]);
                    return new Assessment(r.number("id"), r.date("assessed_on"), concerns,
                            r.flag("immediate_danger"), r.enumValue("danger", DangerLevel.class), r.string("notes"),
                            r.string("recorded_by"));
                }, caseId);
    }

    @Override
    public void planTransition(long caseId, TransitionKind kind, LocalDate plannedOn, String note) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        LocalDate adultOn = store.sql().one("select adult_on from chi_identification where case_id = ?",
                r -> r.date("adult_on"), caseId).orElseThrow(() -> new JisrException("children.identification.missing"));
        if (kind == null || plannedOn == null) {
            throw new JisrException("children.transition.incomplete");
        }
        if (plannedOn.isBefore(LocalDate.now()) || plannedOn.isAfter(adultOn)) {
            throw new JisrException("children.transition.date", adultOn);
        }
        store.sql().update("update chi_identification set transition_kind = ?, transition_on = ?, transition_note = ?"
                + " where case_id = ?", kind.name(), plannedOn, Texts.clip(note, 500), caseId);
        store.audit(c, AuditAction.UPDATE, "transition at 18 planned: " + kind);
    }

    @Override
    @RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
    public List<WatchItem> watchList(int days) {
        return watch.items(days);
    }
}
