package ma.gov.social.jisr.women.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.women.api.CallData;
import ma.gov.social.jisr.women.api.Intake;
import ma.gov.social.jisr.women.api.ListeningCall;
import ma.gov.social.jisr.women.api.ListeningService;
import ma.gov.social.jisr.women.api.WomenService;

@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
public class ListeningBean implements ListeningService {
    private static final int MAX_LIST = 500;

    @PersistenceContext(unitName = "women")
    private EntityManager em;
    @Inject
    private CentreDirectory centres;
    @Inject
    private WomenService women;
    @Inject
    private WomenCases module;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public long recordCall(CallData call) {
        if (call.calledAt() == null || call.channel() == null || call.summary() == null || call.summary().isBlank()) {
            throw new JisrException("women.call.incomplete");
        }
        if (call.calledAt().isAfter(LocalDateTime.now().plusMinutes(5))) {
            throw new JisrException("casework.date.future");
        }
        if (call.summary().strip().length() > 1000 || call.actionTaken() != null && call.actionTaken().length() > 1000) {
            throw new JisrException("casework.text.tooLong", 1000);
        }
        CentreCard centre = centres.card(call.centreId()).filter(c -> module.centreTypes().contains(c.type()))
                .filter(c -> me.scope().covers(c.regionCode(), c.provinceCode()))
                .orElseThrow(() -> new JisrException("casework.centreRequired"));
        CallEntity e = new CallEntity(centre, call, me.username());
        em.persist(e);
        em.flush();
        audit.record(entry(e, AuditAction.CREATE).withDetail("listening call by " + call.channel()
                + (call.danger() ? ", danger" : "")));
        return e.getId();
    }

    @Override
    public List<ListeningCall> calls(int limit) {
        String where = switch (me.scope().level()) {
            case NATIONAL -> "";
            case REGION -> " where c.regionCode = :t";
            case PROVINCE -> " where c.provinceCode = :t";
        };
        TypedQuery<CallEntity> q = em.createQuery("select c from CallEntity c" + where
                + " order by c.calledAt desc, c.id desc", CallEntity.class);
        if (!me.scope().isNational()) {
            q.setParameter("t", me.scope().code());
        }
        audit.record(AuditEntry.of(WomenCases.MODULE, "call-list", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()));
        return q.setMaxResults(Math.max(1, Math.min(limit, MAX_LIST))).getResultStream().map(CallEntity::call).toList();
    }

    @Override
    public Optional<ListeningCall> call(long callId) {
        CallEntity call = em.find(CallEntity.class, callId);
        if (call == null || !me.scope().covers(call.regionCode(), call.provinceCode())) {
            refused(callId);
            return Optional.empty();
        }
        audit.record(entry(call, AuditAction.READ_PERSONAL_DATA));
        return Optional.of(call.call());
    }

    private void refused(long callId) {
        audit.recordNow(AuditEntry.of(WomenCases.MODULE, "call", callId, AuditAction.ACCESS_REFUSED)
                .withDetail("call outside the caller's territory"));
    }

    @Override
    public long callToCase(long callId, Intake intake) {
        CallEntity call = em.find(CallEntity.class, callId);
        if (call == null || !me.scope().covers(call.regionCode(), call.provinceCode())) {
            refused(callId);
            throw new JisrException("women.call.notFound");
        }
        if (call.caseId() != null) {
            throw new JisrException("women.call.alreadyCase");
        }
        long caseId = women.intake(new Intake(intake.personId(), intake.centreId(), intake.intakeOn(), intake.channel(),
                intake.kinds(), intake.perpetrator(), intake.needs(), intake.childIds(), intake.worker(),
                intake.supervisor(), intake.restricted(), callId));
        // claimed by a conditional update: of two workers turning the same call into a case at once, the second
        // waits for the first, finds the call taken and is refused; its case, intake and children roll back
        if (em.createQuery("update CallEntity c set c.caseId = :case where c.id = :id and c.caseId is null")
                .setParameter("case", caseId).setParameter("id", callId).executeUpdate() == 0) {
            throw new JisrException("women.call.alreadyCase");
        }
        return caseId;
    }

    private static AuditEntry entry(CallEntity c, AuditAction action) {
        return AuditEntry.of(WomenCases.MODULE, "call", c.getId(), action).inTerritory(c.regionCode(),
                c.provinceCode());
    }
}
