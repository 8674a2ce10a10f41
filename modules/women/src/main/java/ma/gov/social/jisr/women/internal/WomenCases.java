package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** The women's cases as the kernel sees them: who handles them, the catalogue, and the module's step rules. */
@ApplicationScoped
public class WomenCases implements CaseModule {
    public static final String MODULE = "women";
    /** The attention flag on a case whose latest risk is high and has no safety plan since. */
    public static final String SAFETY_PLAN_MISSING = "SAFETY_PLAN_MISSING";
    static final List<String> SERVICES = List.of("LISTENING_SESSION", "PSYCHOLOGICAL_SUPPORT", "LEGAL_ORIENTATION",
            "MEDICAL_ORIENTATION", "ACCOMPANIMENT", "ECONOMIC_INCLUSION_ORIENTATION", "REMOTE_FOLLOW_UP");

    @Inject
    private RiskStore risks;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public String referencePrefix() {
        return "FEM";
    }

    @Override
    public Set<String> workerRoles() {
        return Set.of(Roles.CASE_WORKER_WOMEN);
    }

    @Override
    public Set<String> supervisorRoles() {
        return Set.of(Roles.REGIONAL_COORDINATOR);
    }

    @Override
    public Set<String> exportRoles() {
        return Set.of(Roles.REGIONAL_COORDINATOR);
    }

    @Override
    public List<String> services() {
        return SERVICES;
    }

    @Override
    public Set<CentreType> centreTypes() {
        return Set.of(CentreType.WOMEN_MULTIFUNCTION_SPACE, CentreType.LISTENING_CENTRE, CentreType.WOMEN_SHELTER);
    }

    /** The children named at her intake: a referral may carry one of them to the children's module. */
    @Override
    public List<Long> relatives(long caseId) {
        return new Sql(dataSource).list("select person_id from wom_intake_child where case_id = ? order by person_id",
                r -> r.number("person_id"), caseId);
    }

    /** The new case has no intake yet: the team records it at once, on the case's own woman and centre. */
    @Override
    public String acceptedOutcome(long caseId) {
        return "/women/intake?faces-redirect=true&case=" + caseId;
    }

    /** Assessed means a risk assessment exists; a high risk moves on only with a safety plan made since. */
    @Override
    public Optional<String> refusesStep(long caseId, CaseStep from, CaseStep to) {
        var latest = risks.latest(caseId);
        if (to == CaseStep.ASSESSED && latest.isEmpty()) {
            return Optional.of("women.step.riskRequired");
        }
        if (latest.isPresent() && latest.get().level().needsSafetyPlan() && !risks.safetyPlanSince(caseId,
                latest.get().assessedOn())) {
            return Optional.of("women.step.safetyPlanRequired");
        }
        return Optional.empty();
    }
}
