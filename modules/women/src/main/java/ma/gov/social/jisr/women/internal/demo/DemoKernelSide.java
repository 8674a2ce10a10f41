package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.FollowUpKind;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.demo.DemoCase;

/**
 * The kernel's side of a demo case (plan, services, follow-ups, consents and referrals, marks), drawn
 * from the same dice as the women's side so that every first start writes the same records.
 */
final class DemoKernelSide {
    private final Dice dice;

    DemoKernelSide(Dice dice) {
        this.dice = dice;
    }

    /** The kernel's side of the case: plan, services, follow-ups, consents and referrals, marks. */
    DemoCase of(Made m) {
        DemoCase shape = new DemoCase("women", m.woman.id(), m.centre.id(), m.place.worker(), m.place.supervisor(),
                m.restricted, m.openedOn, m.reached, m.reachedOn, m.closeReason, m.closedOn,
                m.closeReason == CloseReason.OTHER ? "Prise en charge reprise par la famille, à sa demande." : null,
                null, null, null, List.of(), List.of(), List.of(), List.of());
        LocalDate end = m.open() ? DemoWomen.AS_OF : m.closedOn;
        String goals = m.reachedAtLeast(CaseStep.PLAN_AGREED) ? dice.pick(Texts.GOALS) : null;
        List<DemoCase.Service> services = new ArrayList<>();
        if (dice.random().nextInt(100) < 70) {
            services.add(new DemoCase.Service("LISTENING_SESSION", m.openedOn, "Premier entretien d'écoute."));
        }
        if (m.reachedAtLeast(CaseStep.SERVICES)) {
            LocalDate from = shape.dayOf(CaseStep.SERVICES);
            List<String> given = new ArrayList<>(Texts.SERVICES.keySet());
            Collections.shuffle(given, dice.random());
            for (String code : given.subList(0, 1 + dice.random().nextInt(4))) {
                services.add(new DemoCase.Service(code, dice.between(from, end), Texts.SERVICES.get(code)));
            }
        }
        services.sort(Comparator.comparing(DemoCase.Service::givenOn));
        List<DemoCase.Visit> visits = new ArrayList<>();
        boolean follows = m.reachedAtLeast(CaseStep.FOLLOW_UP) || m.reached == CaseStep.SERVICES
                && dice.random().nextInt(100) < 40;
        if (follows) {
            LocalDate from = m.reachedAtLeast(CaseStep.FOLLOW_UP) ? shape.dayOf(CaseStep.FOLLOW_UP)
                    : shape.dayOf(CaseStep.SERVICES);
            boolean overdue = m.open() && dice.random().nextInt(100) < 40;
            // an overdue visit was due a few weeks ago: the last one was done before that
            LocalDate lastDone = overdue ? dice.between(from, DemoWomen.AS_OF.minusDays(20)) : dice.between(from, end);
            int count = 1 + dice.random().nextInt(3);
            LocalDate done = from.isAfter(lastDone) ? lastDone : from;
            for (int i = 0; i < count; i++) {
                LocalDate day = i == count - 1 ? lastDone : dice.between(done, lastDone);
                if (day.isBefore(done)) {
                    day = done;
                }
                LocalDate next = i < count - 1 ? null : !m.open() ? null : overdue
                        ? Dice.min(day.plusDays(14 + dice.random().nextInt(21)), DemoWomen.AS_OF.minusDays(2))
                        : DemoWomen.AS_OF.plusDays(45 + dice.random().nextInt(75));
                if (next != null && !next.isAfter(day)) {
                    next = day.plusDays(14);
                }
                visits.add(new DemoCase.Visit(dice.random().nextInt(3) == 0 ? FollowUpKind.CALL : FollowUpKind.VISIT, day,
                        dice.pick(Texts.VISITS), next));
                done = day;
            }
        }
        List<DemoCase.Agreement> consents = new ArrayList<>();
        List<DemoCase.Sent> referrals = new ArrayList<>();
        if (dice.random().nextInt(100) < 80) {
            consents.add(new DemoCase.Agreement(ConsentPurpose.KEEP_DATA, ConsentBasis.CONSENT, null, m.openedOn));
            consents.add(new DemoCase.Agreement(ConsentPurpose.BE_CONTACTED, ConsentBasis.CONSENT, null, m.openedOn));
        }
        if (m.reachedAtLeast(CaseStep.ASSESSED) && dice.random().nextInt(100) < 60) {
            LocalDate assessed = shape.dayOf(CaseStep.ASSESSED);
            int count = 1 + (dice.random().nextInt(4) == 0 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                ReferralTarget target = dice.pick(List.of(ReferralTarget.POLICE, ReferralTarget.PROSECUTOR,
                        ReferralTarget.HOSPITAL_UNIT, ReferralTarget.HOSPITAL_UNIT, ReferralTarget.ASSOCIATION,
                        ReferralTarget.COURT, ReferralTarget.GENDARMERIE));
                LocalDate sent = dice.between(assessed, Dice.min(assessed.plusDays(10), end));
                if (consents.stream().noneMatch(c -> c.purpose() == target.purpose())) {
                    boolean ground = target.purpose() == ConsentPurpose.SHARE_WITH_JUSTICE && dice.random().nextInt(3) == 0;
                    consents.add(new DemoCase.Agreement(target.purpose(), ground ? ConsentBasis.PROSECUTOR_REQUEST
                            : ConsentBasis.CONSENT, ground ? "Réquisition du Procureur du Roi n° " + sent.getYear()
                            + "/" + (100 + dice.random().nextInt(900)) : null, assessed));
                }
                LocalDate due = sent.plusDays(10 + dice.random().nextInt(21));
                ReferralStatus status;
                LocalDate answered = null;
                String outcome = null;
                if (!m.open() || due.isBefore(DemoWomen.AS_OF) && dice.random().nextInt(100) < 55
                        || !due.isBefore(DemoWomen.AS_OF) && dice.random().nextInt(100) < 30) {
                    int s = dice.random().nextInt(10);
                    status = s < 7 ? ReferralStatus.ACTED : s < 9 ? ReferralStatus.RECEIVED : ReferralStatus.REFUSED;
                    if (!m.open() && status == ReferralStatus.RECEIVED) {
                        status = ReferralStatus.ACTED;
                    }
                    answered = dice.between(sent.plusDays(1), Dice.min(due, m.open() ? DemoWomen.AS_OF : m.closedOn));
                    answered = answered.isAfter(end) ? end : answered;
                    answered = answered.isBefore(sent) ? sent : answered;
                    outcome = Texts.OUTCOMES.get(status);
                } else {
                    status = dice.random().nextInt(4) == 0 ? ReferralStatus.RECEIVED : ReferralStatus.SENT;
                    if (status == ReferralStatus.RECEIVED) {
                        answered = Dice.min(sent.plusDays(2), DemoWomen.AS_OF);
                        outcome = Texts.OUTCOMES.get(status);
                    }
                }
                referrals.add(new DemoCase.Sent(target, Texts.TARGETS.get(target), Texts.REASONS.get(target), sent,
                        due, status, outcome, answered));
            }
        }
        DemoWomen.Risk latest = m.latestRisk();
        boolean missing = m.open() && m.safetyPlanMissing();
        return new DemoCase("women", m.woman.id(), m.centre.id(), m.place.worker(), m.place.supervisor(),
                m.restricted, m.openedOn, m.reached, m.reachedOn, m.closeReason, m.closedOn, shape.closeNote(),
                latest == null ? null : latest.level().name(), missing ? "SAFETY_PLAN_MISSING" : null, goals, services,
                visits, consents, referrals);
    }
}
