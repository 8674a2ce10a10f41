package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.Perpetrator;
import ma.gov.social.jisr.women.api.ViolenceKind;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Call;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Place;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Risk;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Stay;

/** One woman's case with what the women's module adds to it. */
final class Made {
    final PersonCard woman;
    final Place place;
    final CentreCard centre;
    final CaseStep reached;
    final LocalDate openedOn;
    LocalDate reachedOn;
    CloseReason closeReason;
    LocalDate closedOn;
    boolean restricted;
    IntakeChannel channel;
    Set<ViolenceKind> kinds;
    Perpetrator perpetrator;
    Set<ImmediateNeed> needs = EnumSet.noneOf(ImmediateNeed.class);
    List<Long> children = List.of();
    final List<Risk> risks = new ArrayList<>();
    final List<LocalDate> safetyPlans = new ArrayList<>();
    Call call;
    Stay stay;
    LocalDateTime waitingSince;
    DemoCase kernel;
    long caseId;

    Made(PersonCard woman, Place place, CentreCard centre, CaseStep reached, LocalDate openedOn) {
        this.woman = woman;
        this.place = place;
        this.centre = centre;
        this.reached = reached;
        this.openedOn = openedOn;
    }

    boolean open() {
        return closeReason == null;
    }

    boolean reachedAtLeast(CaseStep s) {
        return reached.ordinal() >= s.ordinal();
    }

    Risk latestRisk() {
        return risks.isEmpty() ? null : risks.get(risks.size() - 1);
    }

    boolean safetyPlanMissing() {
        Risk r = latestRisk();
        return r != null && r.level().needsSafetyPlan()
                && safetyPlans.stream().noneMatch(p -> !p.isBefore(r.on()));
    }
}
