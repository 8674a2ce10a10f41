package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.FollowUp;
import ma.gov.social.jisr.casework.api.FollowUpKind;
import ma.gov.social.jisr.casework.api.PlanVersion;
import ma.gov.social.jisr.casework.api.ServiceGiven;
import ma.gov.social.jisr.casework.api.StepChange;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;

/** The work on a case. Each change goes through {@link CaseGate#change}, is stamped and audited. */
@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class CaseWorkBean implements CaseWork {
    @PersistenceContext(unitName = "casework")
    private EntityManager em;
    @Inject
    private CaseGate gate;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private Assignees assignees;

    @Override
    public CaseRef readable(String module, long caseId) {
        return ref(ofModule(gate.read(caseId), module, caseId));
    }

    @Override
    public CaseRef handled(String module, long caseId) {
        CaseEntity c = ofModule(gate.change(caseId), module, caseId);
        CaseSteps.requireOpen(c.getStep());
        return ref(c);
    }

    private CaseEntity ofModule(CaseEntity c, String module, long caseId) {
        if (!c.getModule().equals(module)) {
            gate.refused(c, caseId, "a " + module + " form on a " + c.getModule() + " case");
            throw new JisrException(CaseGate.NOT_FOUND);
        }
        return c;
    }

    private static CaseRef ref(CaseEntity c) {
        return new CaseRef(c.getId(), c.getModule(), c.getReference(), c.getPersonId(), c.getCentreId(),
                c.getRegionCode(), c.getProvinceCode(), c.getStep(), c.getOpenedOn(), c.getTriage());
    }

    @Override
    public void moveOn(long caseId, long version, String note) {
        CaseEntity c = gate.change(caseId, version);
        CaseStep from = c.getStep();
        CaseStep to = CaseSteps.next(from);
        if (to == CaseStep.PLAN_AGREED && plans(c).isEmpty()) {
            throw new JisrException("casework.step.planRequired");
        }
        gate.module(c).refusesStep(caseId, from, to).ifPresent(key -> {
            throw new JisrException(key);
        });
        c.moveTo(to, me.username(), LocalDateTime.now());
        stepped(c, from, null, note);
    }

    @Override
    public void close(long caseId, long version, CloseReason reason, String note) {
        CaseEntity c = gate.change(caseId, version);
        CaseStep from = c.getStep();
        CaseSteps.requireClosable(from, reason, note);
        c.close(reason, LocalDate.now(), me.username(), LocalDateTime.now());
        stepped(c, from, reason, note);
    }

    @Override
    public void reopen(long caseId, long version, String note) {
        CaseEntity c = gate.change(caseId, version);
        CaseStep closedFrom = em.createQuery("select s from StepEntity s where s.caseId = :c and s.to = :closed"
                        + " order by s.id desc", StepEntity.class).setParameter("c", caseId)
                .setParameter("closed", CaseStep.CLOSED).setMaxResults(1).getResultStream().findFirst()
                .map(StepEntity::from).orElse(null);
        CaseStep at = CaseSteps.reopenedAt(c.getStep(), closedFrom);
        Texts.required(note, 500, "casework.reopen.noteRequired");
        c.reopen(at, me.username(), LocalDateTime.now());
        stepped(c, CaseStep.CLOSED, null, note);
    }

    @Override
    public void assign(long caseId, long version, String worker, String supervisor, boolean restricted) {
        CaseEntity c = gate.change(caseId, version);
        CaseSteps.requireOpen(c.getStep());
        assignees.check(gate.module(c), worker, supervisor, c.getRegionCode(), c.getProvinceCode());
        c.assign(worker.strip(), supervisor.strip(), restricted, me.username(), LocalDateTime.now());
        flush();
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("assigned to " + worker + ", supervised by "
                + supervisor + (restricted ? ", restricted" : "")));
    }

    @Override
    public void mark(long caseId, String triage, String attention) {
        CaseEntity c = gate.change(caseId);
        c.mark(Texts.clip(triage, 20), Texts.clip(attention, 40), me.username(), LocalDateTime.now());
    }

    @Override
    public List<StepChange> history(long caseId) {
        gate.read(caseId);
        return em.createQuery("select s from StepEntity s where s.caseId = :c order by s.id", StepEntity.class)
                .setParameter("c", caseId).getResultStream().map(StepEntity::change).toList();
    }

    @Override
    public void agreePlan(long caseId, LocalDate agreedOn, String goals) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        notFuture(agreedOn);
        em.persist(new PlanEntity(caseId, agreedOn, Texts.required(goals, 2000, "casework.plan.goalsRequired"),
                me.username()));
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("plan agreed on " + agreedOn));
    }

    @Override
    public List<PlanVersion> plans(long caseId) {
        gate.read(caseId);
        return plans(em.find(CaseEntity.class, caseId));
    }

    @Override
    public void giveService(long caseId, String serviceCode, LocalDate givenOn, String note) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        if (!gate.module(c).services().contains(serviceCode)) {
            throw new JisrException("casework.service.unknown");
        }
        notFuture(givenOn);
        if (givenOn.isBefore(c.getOpenedOn())) {
            throw new JisrException("casework.date.beforeOpening");
        }
        em.persist(new ServiceEntity(caseId, serviceCode, givenOn, me.username(), Texts.clip(note, 1000)));
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("service " + serviceCode + " on " + givenOn));
    }

    @Override
    public List<ServiceGiven> services(long caseId) {
        gate.read(caseId);
        return em.createQuery("select s from ServiceEntity s where s.caseId = :c order by s.givenOn desc, s.id desc",
                ServiceEntity.class).setParameter("c", caseId).getResultStream().map(ServiceEntity::given).toList();
    }

    @Override
    public void followUp(long caseId, FollowUpKind kind, LocalDate doneOn, String note, LocalDate nextDue) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        if (kind == null || doneOn == null) {
            throw new JisrException("casework.followUp.incomplete");
        }
        notFuture(doneOn);
        if (nextDue != null && !nextDue.isAfter(doneOn)) {
            throw new JisrException("casework.followUp.nextAfterDone");
        }
        em.persist(new FollowUpEntity(caseId, kind, doneOn, Texts.clip(note, 1000), nextDue, me.username()));
        c.followUpDue(nextDue);
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail(kind + " follow-up on " + doneOn));
    }

    @Override
    public List<FollowUp> followUps(long caseId) {
        gate.read(caseId);
        return em.createQuery("select f from FollowUpEntity f where f.caseId = :c order by f.doneOn desc, f.id desc",
                FollowUpEntity.class).setParameter("c", caseId).getResultStream().map(FollowUpEntity::followUp)
                .toList();
    }

    private List<PlanVersion> plans(CaseEntity c) {
        return em.createQuery("select p from PlanEntity p where p.caseId = :c order by p.id desc", PlanEntity.class)
                .setParameter("c", c.getId()).getResultStream().map(PlanEntity::version).toList();
    }

    private void stepped(CaseEntity c, CaseStep from, CloseReason reason, String note) {
        flush();
        em.persist(new StepEntity(c.getId(), from, c.getStep(), reason, note, me.username()));
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("step " + from + " -> " + c.getStep()
                + (reason == null ? "" : " (" + reason + ")")));
    }

    /** Two changes at once both pass the version check: the second one's update finds no row. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new JisrException("common.changedMeanwhile");
        }
    }

    private static void notFuture(LocalDate date) {
        if (date == null) {
            throw new JisrException("casework.date.required");
        }
        if (date.isAfter(LocalDate.now())) {
            throw new JisrException("casework.date.future");
        }
    }
}
