package ma.gov.social.jisr.casework.api.spi;

import ma.gov.social.jisr.casework.api.CaseStep;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Set;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.people.api.PersonCard;

/**
 * What a social module tells the kernel about its cases: one application-scoped CDI bean per module
 * (women, children...). The kernel finds them and applies the same steps, access rules, consent and
 * referrals to every module's cases; the module adds its catalogue and its own rules here.
 */
public interface CaseModule {
    /** The module's name, as in its description ("women"). */
    String module();

    /** Three capital letters that start the module's case references ("FEM-2026-001050"). */
    String referencePrefix();

    /** Roles that handle the module's cases: they may be assigned and open cases in their territory. */
    Set<String> workerRoles();

    /** Roles that supervise: they may be assigned as supervisor and open a restricted case by writing why. */
    Set<String> supervisorRoles();

    /** Roles that may export the module's case lists (without names). */
    Set<String> exportRoles();

    /** The module's catalogue of services: codes; the module's bundle labels them "service.<code>". */
    List<String> services();

    /** Which centres may hold the module's cases. */
    Set<CentreType> centreTypes();

    /**
     * The module's own rule on a change of step (e.g. no plan on a high-risk case without a safety plan):
     * a message key of the module's bundle to refuse it, or empty. Called in the change's transaction.
     */
    default Optional<String> refusesStep(long caseId, CaseStep from, CaseStep to) {
        return Optional.empty();
    }

    /**
     * The module's rule on whom a case may be opened for (e.g. only a person under 18): a message key of the
     * module's bundle to refuse it, or empty. Called before anything is written, also when a team accepts a
     * referral.
     */
    default Optional<String> refusesOpening(PersonCard person, LocalDate openedOn) {
        return Optional.empty();
    }

    /**
     * The module's rule on a consent (e.g. never from a guardian who is the alleged abuser): a message key
     * of the module's bundle to refuse it, or empty. Called in the recording's transaction.
     */
    default Optional<String> refusesConsent(long caseId, ConsentData consent) {
        return Optional.empty();
    }

    /**
     * The module's teams in each province (codes; the module's bundle labels them "team.<code>"), in the
     * order screens list them. Empty: the module's workers of a territory form one team.
     */
    default List<String> teams() {
        return List.of();
    }

    /**
     * The team whose inbox receives referrals from other modules (one of {@link #teams()}), or null when
     * the module has no teams: then every worker of the province sees them.
     */
    default String referralTeam() {
        return null;
    }

    /**
     * Persons of the registry a referral of the case may be about besides the case's own person (a woman's
     * children named at intake): the referral carries their data, not hers.
     */
    default List<Long> relatives(long caseId) {
        return List.of();
    }

    /** Where the receiving team goes once it accepted a referral as the new case {@code caseId}. */
    default String acceptedOutcome(long caseId) {
        return "/" + module() + "/case?faces-redirect=true&id=" + caseId;
    }

    /** The bundle's page variable of the module, for the kernel's fragments ("womenMsg"). */
    default String bundleVariable() {
        return module() + "Msg";
    }
}
