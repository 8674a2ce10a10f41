package ma.gov.social.jisr.women.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.women.api.RiskAssessment;
import ma.gov.social.jisr.women.api.SafetyPlan;

/** Reads of risk assessments and safety plans, shared by the service and the kernel's step rule. */
@ApplicationScoped
public class RiskStore {
    @PersistenceContext(unitName = "women")
    private EntityManager em;

    Optional<RiskAssessment> latest(long caseId) {
        return assessments(caseId).stream().findFirst();
    }

    List<RiskAssessment> assessments(long caseId) {
        return em.createQuery("select r from RiskEntity r where r.caseId = :c order by r.assessedOn desc, r.id desc",
                RiskEntity.class).setParameter("c", caseId).getResultStream().map(RiskEntity::assessment).toList();
    }

    List<SafetyPlan> safetyPlans(long caseId) {
        return em.createQuery("select p from SafetyPlanEntity p where p.caseId = :c order by p.agreedOn desc, p.id desc",
                SafetyPlanEntity.class).setParameter("c", caseId).getResultStream().map(SafetyPlanEntity::plan)
                .toList();
    }

    boolean safetyPlanSince(long caseId, LocalDate day) {
        return safetyPlans(caseId).stream().anyMatch(p -> !p.agreedOn().isBefore(day));
    }
}
