package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.NewCase;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.Intake;
import ma.gov.social.jisr.women.api.IntakeDetails;
import ma.gov.social.jisr.women.api.RiskAssessment;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;
import ma.gov.social.jisr.women.api.SafetyPlan;
import ma.gov.social.jisr.women.api.WomenService;

/** The women's forms; who may read or change a case is the kernel's answer ({@link CaseWork#handled}). */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
public class WomenBean implements WomenService {
    @PersistenceContext(unitName = "women")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseService cases;
    @Inject
    private CaseWork work;
    @Inject
    private PersonDirectory persons;
    @Inject
    private RiskStore risks;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public long intake(Intake intake) {
        IntakeRules.check(intake, LocalDate.now());
        children(intake);
        long caseId = cases.open(new NewCase(WomenCases.MODULE, intake.personId(), intake.centreId(),
                intake.intakeOn(), intake.worker(), intake.supervisor(), intake.restricted()));
        record(work.handled(WomenCases.MODULE, caseId), intake);
        return caseId;
    }

    @Override
    public void completeIntake(long caseId, Intake intake) {
        CaseRef c = work.handled(WomenCases.MODULE, caseId);
        if (em.find(IntakeEntity.class, caseId) != null) {
            throw new JisrException("women.intake.already");
        }
        Intake onCase = new Intake(c.personId(), c.centreId(), intake.intakeOn(), intake.channel(), intake.kinds(),
                intake.perpetrator(), intake.needs(), intake.childIds(), null, null, false, null);
        IntakeRules.check(onCase, LocalDate.now());
        children(onCase);
        record(c, onCase);
    }

    private void children(Intake intake) {
        for (Long child : intake.childIds()) {
            if (persons.card(child).isEmpty()) {
                throw new JisrException("casework.personRequired");
            }
        }
    }

    private void record(CaseRef c, Intake intake) {
        em.persist(new IntakeEntity(c, intake, me.username()));
        em.flush();
        new Sql(dataSource).batch("insert into wom_intake_child (case_id, person_id) values (?, ?)",
                intake.childIds().stream().map(child -> new Object[] {c.id(), child}).toList());
        audit.record(entry(c, AuditAction.CREATE).withDetail("intake by " + intake.channel() + ", "
                + intake.childIds().size() + " children"));
    }

    @Override
    public Optional<IntakeDetails> intakeOf(long caseId) {
        work.readable(WomenCases.MODULE, caseId);
        IntakeEntity intake = em.find(IntakeEntity.class, caseId);
        if (intake == null) {
            return Optional.empty();
        }
        List<Long> ids = new Sql(dataSource).list("select person_id from wom_intake_child where case_id = ?",
                r -> r.number("person_id"), caseId);
        List<String> children = persons.cards(ids).values().stream()
                .map(PersonCard::fullName).sorted().toList();
        return Optional.of(intake.details(children));
    }

    @Override
    public RiskLevel assessRisk(long caseId, LocalDate assessedOn, Set<RiskQuestion> yes) {
        CaseRef c = work.handled(WomenCases.MODULE, caseId);
        if (assessedOn == null || assessedOn.isAfter(LocalDate.now())) {
            throw new JisrException(assessedOn == null ? "casework.date.required" : "casework.date.future");
        }
        if (assessedOn.isBefore(c.openedOn())) {
            throw new JisrException("casework.date.beforeOpening");
        }
        RiskEntity risk = new RiskEntity(caseId, assessedOn, yes == null ? Set.of() : yes, me.username());
        em.persist(risk);
        em.flush();
        flagSafetyPlan(caseId, risk.level());
        audit.record(entry(c, AuditAction.UPDATE).withDetail("risk assessed: " + risk.level()));
        return risk.level();
    }

    @Override
    public List<RiskAssessment> assessments(long caseId) {
        work.readable(WomenCases.MODULE, caseId);
        return risks.assessments(caseId);
    }

    @Override
    public void agreeSafetyPlan(long caseId, LocalDate agreedOn, String measures) {
        CaseRef c = work.handled(WomenCases.MODULE, caseId);
        if (agreedOn == null || agreedOn.isAfter(LocalDate.now())) {
            throw new JisrException(agreedOn == null ? "casework.date.required" : "casework.date.future");
        }
        if (measures == null || measures.isBlank()) {
            throw new JisrException("women.safetyPlan.measuresRequired");
        }
        if (measures.strip().length() > 2000) {
            throw new JisrException("casework.text.tooLong", 2000);
        }
        em.persist(new SafetyPlanEntity(caseId, agreedOn, measures.strip(), me.username()));
        em.flush();
        risks.latest(caseId).ifPresent(r -> flagSafetyPlan(caseId, r.level()));
        audit.record(entry(c, AuditAction.UPDATE).withDetail("safety plan agreed on " + agreedOn));
    }

    @Override
    public List<SafetyPlan> safetyPlans(long caseId) {
        work.readable(WomenCases.MODULE, caseId);
        return risks.safetyPlans(caseId);
    }

    /** The case carries its level; a high one without a safety plan since shows on the supervisor's list. */
    private void flagSafetyPlan(long caseId, RiskLevel level) {
        boolean missing = level.needsSafetyPlan() && risks.latest(caseId)
                .map(r -> !risks.safetyPlanSince(caseId, r.assessedOn())).orElse(false);
        work.mark(caseId, level.name(), missing ? WomenCases.SAFETY_PLAN_MISSING : null);
    }

    static AuditEntry entry(CaseRef c, AuditAction action) {
        return AuditEntry.of(WomenCases.MODULE, "case", c.id(), action).inTerritory(c.regionCode(), c.provinceCode());
    }
}
