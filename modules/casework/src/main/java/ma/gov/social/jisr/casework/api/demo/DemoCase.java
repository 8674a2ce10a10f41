package ma.gov.social.jisr.casework.api.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.FollowUpKind;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;

/**
 * One demo case as a module describes it: opened on {@code openedOn}, moved on one step at a time up to
 * {@code reached} (on {@code reachedOn}, the steps between evenly spaced: {@link #dayOf}), then closed if a
 * close reason is given. {@code triage} and {@code attention} are the module's marks (e.g. the latest risk
 * level, SAFETY_PLAN_MISSING). A referral rests on the case's consent or legal ground covering its purpose.
 */
public record DemoCase(String module, long personId, long centreId, String worker, String supervisor,
                       boolean restricted, LocalDate openedOn, CaseStep reached, LocalDate reachedOn,
                       CloseReason closeReason, LocalDate closedOn, String closeNote, String triage, String attention,
                       String planGoals, List<Service> services, List<Visit> followUps, List<Agreement> consents,
                       List<Sent> referrals) {
    public DemoCase {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(reached, "reached");
        if (!reached.open()) {
            throw new IllegalArgumentException("reached: the last open step before any closing");
        }
        if ((closeReason == null) != (closedOn == null)) {
            throw new IllegalArgumentException("a closed case has a reason and a day");
        }
        reachedOn = reachedOn == null ? openedOn : reachedOn;
        services = List.copyOf(services);
        followUps = List.copyOf(followUps);
        consents = List.copyOf(consents);
        referrals = List.copyOf(referrals);
    }

    /** A service of the module's catalogue, given on that day. */
    public record Service(String code, LocalDate givenOn, String note) {
    }

    /** A follow-up visit or call; the last one's {@code nextDue} is the case's next follow-up. */
    public record Visit(FollowUpKind kind, LocalDate doneOn, String note, LocalDate nextDue) {
    }

    /** A consent (basis CONSENT, given by the person) or a legal ground with its reference. */
    public record Agreement(ConsentPurpose purpose, ConsentBasis basis, String reference, LocalDate givenOn) {
    }

    /** A referral to an outside service; answered (status past SENT) on {@code answeredOn} with an outcome. */
    public record Sent(ReferralTarget target, String targetName, String reason, LocalDate sentOn, LocalDate dueOn,
                       ReferralStatus status, String outcome, LocalDate answeredOn) {
    }

    /** Where the case stands now. */
    public CaseStep step() {
        return closeReason == null ? reached : CaseStep.CLOSED;
    }

    /** The day the case reached an open step (up to {@link #reached}): evenly spaced from opening. */
    public LocalDate dayOf(CaseStep s) {
        if (!s.open() || s.ordinal() > reached.ordinal()) {
            throw new IllegalArgumentException(s + " not reached");
        }
        if (reached == CaseStep.REGISTERED) {
            return openedOn;
        }
        long span = ChronoUnit.DAYS.between(openedOn, reachedOn);
        return openedOn.plusDays(span * s.ordinal() / reached.ordinal());
    }
}
