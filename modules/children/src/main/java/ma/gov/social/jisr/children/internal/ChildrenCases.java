package ma.gov.social.jisr.children.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.children.api.Team;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The child cases as the kernel sees them: who handles them, the catalogue of the mechanism's services, the
 * three teams, and the module's rules on opening (a person under 18), consent (a guardian or a legal ground,
 * never the alleged abuser) and steps (assessed means a best-interest assessment exists).
 */
@ApplicationScoped
public class ChildrenCases implements CaseModule {
    public static final String MODULE = "children";
    /** Attention flags, most urgent first. */
    public static final String EMERGENCY_DUE = "EMERGENCY_MEASURE_DUE";
    static final List<String> SERVICES = List.of("DETECTION", "JUDICIAL_PROTECTION", "HEALTH_CARE",
            "PSYCHOLOGICAL_CARE", "SOCIAL_ASSISTANCE", "REHABILITATION", "EDUCATION_TRAINING", "FAMILY_MEDIATION",
            "SCHOOL_REINTEGRATION", "FOLLOW_UP_EVALUATION");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public String referencePrefix() {
        return "ENF";
    }

    @Override
    public Set<String> workerRoles() {
        return Set.of(Roles.CASE_WORKER_CHILDREN);
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
        return Set.of(CentreType.CHILD_PROTECTION_UNIT, CentreType.CHILD_PROTECTION_CENTRE);
    }

    @Override
    public List<String> teams() {
        return Arrays.stream(Team.values()).map(Team::name).toList();
    }

    /** A woman's child at risk, and any other module's referral, lands with the social-assistance team. */
    @Override
    public String referralTeam() {
        return Team.SOCIAL_ASSISTANCE.name();
    }

    @Override
    public Optional<String> refusesOpening(PersonCard person, LocalDate openedOn) {
        return ChildRules.adultAt(person.birthDate(), person.birthYear(), openedOn)
                ? Optional.of("children.case.adult") : Optional.empty();
    }

    /** A child does not consent alone; an alleged abuser is never asked. */
    @Override
    public Optional<String> refusesConsent(long caseId, ConsentData consent) {
        if (consent.givenBy() == ConsentGiver.PERSON) {
            return Optional.of("children.consent.guardianOrGround");
        }
        if (consent.guardianPersonId() != null && new Sql(dataSource).number("select count(*) from chi_alleged_abuser"
                + " where case_id = ? and person_id = ?", caseId, consent.guardianPersonId()) > 0) {
            return Optional.of("children.consent.allegedAbuser");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> refusesStep(long caseId, CaseStep from, CaseStep to) {
        if (to == CaseStep.ASSESSED && new Sql(dataSource).number("select count(*) from chi_assessment"
                + " where case_id = ?", caseId) == 0) {
            return Optional.of("children.step.assessmentRequired");
        }
        return Optional.empty();
    }
}
