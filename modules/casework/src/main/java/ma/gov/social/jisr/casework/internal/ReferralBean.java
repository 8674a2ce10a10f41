package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CaseTeams;
import ma.gov.social.jisr.casework.api.Consent;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.NewCase;
import ma.gov.social.jisr.casework.api.Referral;
import ma.gov.social.jisr.casework.api.ReferralData;
import ma.gov.social.jisr.casework.api.ReferralService;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Consent and referrals; every sharing is checked against consent or a legal ground, and audited. */
@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class ReferralBean implements ReferralService {
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
    private AuditLog audit;
    @Inject
    private CaseService cases;
    @Inject
    private CaseTeams teams;

    @Override
    public long recordConsent(long caseId, ConsentData consent) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        ConsentRules.check(consent, LocalDate.now());
        gate.module(c).refusesConsent(caseId, consent).ifPresent(key -> {
            throw new JisrException(key);
        });
        if (consent.guardianPersonId() != null && persons.card(consent.guardianPersonId()).isEmpty()) {
            throw new JisrException("casework.consent.guardianRequired");
        }
        ConsentEntity e = new ConsentEntity(caseId, consent, me.username());
        em.persist(e);
        em.flush();
        audit.record(gate.entry(c, AuditAction.CREATE).withDetail("consent " + consent.purpose() + " on "
                + consent.basis()));
        return e.getId();
    }

    @Override
    public void withdrawConsent(long caseId, long consentId) {
        CaseEntity c = gate.change(caseId);
        ConsentEntity e = em.find(ConsentEntity.class, consentId);
        if (e == null || e.caseId() != caseId || !e.consent().active()) {
            throw new JisrException("casework.consent.notFound");
        }
        e.withdraw(me.username());
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("consent " + consentId + " withdrawn"));
    }

    @Override
    public List<Consent> consents(long caseId) {
        gate.read(caseId);
        return consentsOf(caseId);
    }

    @Override
    public long send(long caseId, ReferralData r) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        if (r.target() == null || r.dueOn() == null) {
            throw new JisrException("casework.referral.incomplete");
        }
        if (r.dueOn().isBefore(LocalDate.now())) {
            throw new JisrException("casework.referral.duePast");
        }
        if (r.target() == ReferralTarget.MODULE
                && (!modules.exists(r.targetModule()) || r.targetModule().equals(c.getModule()))) {
            throw new JisrException("casework.referral.moduleRequired");
        }
        if (r.target() != ReferralTarget.MODULE && (r.targetName() == null || r.targetName().isBlank())) {
            throw new JisrException("casework.referral.targetNameRequired");
        }
        Consent basis = ConsentRules.covering(consentsOf(caseId), r.target().purpose()).orElse(null);
        if (basis == null) {
            gate.refused(c, caseId, "referral to " + r.target() + " without consent or legal ground");
            throw new JisrException("casework.referral.noConsent");
        }
        long subject = r.subjectPersonId() == null ? c.getPersonId() : r.subjectPersonId();
        if (subject != c.getPersonId() && !gate.module(c).relatives(caseId).contains(subject)) {
            throw new JisrException("casework.referral.subjectNotRelated");
        }
        PersonCard card = persons.card(subject).orElseThrow(() -> new JisrException("casework.personRequired"));
        String team = r.target() == ReferralTarget.MODULE ? modules.get(r.targetModule()).referralTeam() : null;
        ReferralEntity e = new ReferralEntity(c, r, team, subject, basis.id(), me.username());
        em.persist(e);
        em.flush();
        List<Object[]> fields = new ArrayList<>();
        ReferralFields.of(r.target(), card, r.reason())
                .forEach((field, value) -> fields.add(new Object[] {e.getId(), field.name(), value}));
        new Sql(dataSource).batch("insert into cas_referral_field (referral_id, field, value) values (?, ?, ?)",
                fields);
        dueDateOf(c);
        audit.record(gate.entry(c, AuditAction.CREATE).withDetail("referral to " + r.target()
                + (e.getTargetModule() == null ? "" : " " + e.getTargetModule()) + " on " + basis.basis()
                + ", carrying " + fields.size() + " fields"));
        return e.getId();
    }

    @Override
    public List<Referral> referralsOf(long caseId) {
        gate.read(caseId);
        return ReferralQuery.ofCase(new Sql(dataSource), caseId);
    }

    @Override
    public void recordAnswer(long referralId, long version, ReferralStatus status, String outcome) {
        ReferralEntity r = referral(referralId, version);
        if (r.getTarget() == ReferralTarget.MODULE) {
            throw new JisrException("casework.referral.answeredByReceiver");
        }
        CaseEntity c = gate.change(r.getCaseId());
        r.answer(status, outcome, null, me.username());
        flush();
        dueDateOf(c);
        audit.record(gate.entry(c, AuditAction.UPDATE).withDetail("referral " + referralId + " " + status));
    }

    @Override
    public List<Referral> sent(String module, boolean pendingOnly, int limit) {
        requireModule(module);
        return ReferralQuery.sent(new Sql(dataSource), module, me.scope(), me.username(), pendingOnly, limit);
    }

    @Override
    public List<Referral> inbox(String module, boolean pendingOnly, int limit) {
        requireModule(module);
        audit.record(AuditEntry.of(module, "referral-inbox", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()));
        return ReferralQuery.inbox(new Sql(dataSource), module, me.scope(),
                gate.caller().hasAny(modules.get(module).supervisorRoles()) ? null : me.username(), pendingOnly, limit);
    }

    @Override
    public long accept(long referralId, long version, long centreId, String worker, String supervisor) {
        ReferralEntity r = received(referralId, version);
        long newCase = cases.open(new NewCase(r.getTargetModule(), r.getSubjectPersonId(), centreId, LocalDate.now(),
                worker, supervisor, false));
        r.answer(ReferralStatus.ACTED, "accepted", newCase, me.username());
        settled(r, "accepted as case " + newCase);
        return newCase;
    }

    @Override
    public void refuse(long referralId, long version, String reason) {
        ReferralEntity r = received(referralId, version);
        r.answer(ReferralStatus.REFUSED, reason, null, me.username());
        settled(r, "refused");
    }

    /**
     * A referral to this caller's module team, in their territory (to a team of the module: a member of it, or
     * a supervising role); anything else is "not found".
     */
    private ReferralEntity received(long referralId, long version) {
        ReferralEntity r = referral(referralId, version);
        if (r.getTarget() != ReferralTarget.MODULE || !cases.handlesModule(r.getTargetModule())
                || !me.scope().covers(r.getRegionCode(), r.getProvinceCode()) || !inTeam(r)) {
            gate.refused(null, referralId, "answering a referral not sent to the caller's team");
            throw new JisrException("casework.referral.notFound");
        }
        return r;
    }

    private boolean inTeam(ReferralEntity r) {
        return r.getTargetTeam() == null || gate.caller().hasAny(modules.get(r.getTargetModule()).supervisorRoles())
                || teams.mine(r.getTargetModule(), r.getProvinceCode()).contains(r.getTargetTeam());
    }

    private void settled(ReferralEntity r, String what) {
        flush();
        CaseEntity sender = em.find(CaseEntity.class, r.getCaseId());
        dueDateOf(sender);
        audit.record(AuditEntry.of(r.getTargetModule(), "referral", r.getId(), AuditAction.UPDATE)
                .inTerritory(r.getRegionCode(), r.getProvinceCode()).withDetail(what));
    }

    private ReferralEntity referral(long referralId, long version) {
        ReferralEntity r = em.find(ReferralEntity.class, referralId);
        if (r == null) {
            throw new JisrException("casework.referral.notFound");
        }
        if (r.getVersion() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        return r;
    }

    /** Keeps the earliest due date of the case's pending referrals on the case, for the supervisor's list. */
    private void dueDateOf(CaseEntity c) {
        c.referralDue(em.createQuery("select min(r.dueOn) from ReferralEntity r where r.caseId = :c"
                        + " and r.status in :pending", LocalDate.class).setParameter("c", c.getId())
                .setParameter("pending", List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED)).getSingleResult());
    }

    private List<Consent> consentsOf(long caseId) {
        return em.createQuery("select c from ConsentEntity c where c.caseId = :c order by c.id desc",
                ConsentEntity.class).setParameter("c", caseId).getResultStream().map(ConsentEntity::consent).toList();
    }

    private void requireModule(String module) {
        if (!cases.handlesModule(module)) {
            gate.refused(null, module, "referral list without the module's roles");
            throw new JisrException(CaseGate.NOT_FOUND);
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new JisrException("common.changedMeanwhile");
        }
    }
}
