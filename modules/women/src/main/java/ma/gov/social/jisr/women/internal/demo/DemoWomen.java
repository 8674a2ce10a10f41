package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.FollowUpKind;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.Perpetrator;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;
import ma.gov.social.jisr.women.api.ViolenceKind;

/**
 * Makes the women's demo cases, in memory and without a database, so that what they say holds together:
 * a case is assessed only with a risk assessment, a high risk moves on to a plan only with a safety plan
 * agreed since (else it waits, marked SAFETY_PLAN_MISSING), services and follow-ups fall between the steps
 * they belong to, a referral rests on a consent covering it, a shelter's open stays are its occupied beds.
 * The demo accounts handle them: agent.rabat (Rabat) under coord.rabat, agent.femmes (Casablanca-Settat)
 * under coord.casa.
 */
final class DemoWomen {
    static final LocalDate AS_OF = DemoData.AS_OF;
    /** Where cases are opened, how many, and who handles them. */
    record Place(String provinceCode, int cases, String worker, String supervisor) {
    }

    static final List<Place> PLACES = List.of(
            new Place("MA-RAB", 150, "agent.rabat", "coord.rabat"),
            new Place("MA-CAS", 130, "agent.femmes", "coord.casa"),
            new Place("MA-MOH", 30, "agent.femmes", "coord.casa"),
            new Place("MA-JDI", 25, "agent.femmes", "coord.casa"),
            new Place("MA-SET", 25, "agent.femmes", "coord.casa"),
            new Place("MA-BRR", 20, "agent.femmes", "coord.casa"),
            new Place("MA-NOU", 15, "agent.femmes", "coord.casa"),
            new Place("MA-MED", 12, "agent.femmes", "coord.casa"),
            new Place("MA-BES", 12, "agent.femmes", "coord.casa"),
            new Place("MA-SIB", 12, "agent.femmes", "coord.casa"));

    /** One woman's case with what the women's module adds to it. */
    static final class Made {
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

    record Risk(LocalDate on, Set<RiskQuestion> yes, int score, RiskLevel level) {
    }

    record Call(CentreCard centre, LocalDateTime at, IntakeChannel channel, Set<ViolenceKind> kinds, boolean danger,
                Set<ImmediateNeed> needs, String summary, String action, Made became) {
    }

    record Stay(CentreCard shelter, LocalDate admittedOn, LocalDate dischargedOn) {
    }

    final List<Made> cases = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    /** Shelters of the places, with their beds; the first is the full one. */
    final Map<CentreCard, Integer> shelters = new LinkedHashMap<>();
    CentreCard fullShelter;

    private final Random random;

    DemoWomen(Random random) {
        this.random = random;
    }

    /** Makes everything from the demo women (with their children by id) and the women's demo centres. */
    DemoWomen make(List<PersonCard> women, Map<Long, List<Long>> childrenOf, List<CentreCard> centres) {
        Map<String, List<CentreCard>> byProvince = centres.stream()
                .collect(Collectors.groupingBy(CentreCard::provinceCode, LinkedHashMap::new, Collectors.toList()));
        List<PersonCard> pool = new ArrayList<>(women);
        Collections.shuffle(pool, random);
        Set<String> provinces = PLACES.stream().map(Place::provinceCode).collect(Collectors.toSet());
        List<PersonCard> elsewhere = new ArrayList<>(pool.stream().filter(w -> !provinces.contains(w.provinceCode()))
                .toList());
        for (Place place : PLACES) {
            List<CentreCard> here = byProvince.getOrDefault(place.provinceCode(), List.of()).stream()
                    .filter(c -> c.type() != CentreType.WOMEN_SHELTER).toList();
            if (here.isEmpty()) {
                continue;
            }
            // her own province's women first, then women who came from elsewhere
            List<PersonCard> local = new ArrayList<>(pool.stream()
                    .filter(w -> w.provinceCode().equals(place.provinceCode())).toList());
            for (int i = 0; i < place.cases() && (!local.isEmpty() || !elsewhere.isEmpty()); i++) {
                PersonCard woman = !local.isEmpty() && (elsewhere.isEmpty() || random.nextInt(10) < 8)
                        ? local.remove(0) : elsewhere.remove(0);
                Made m = kase(woman, place, pick(here));
                m.children = someChildren(childrenOf.getOrDefault(woman.id(), List.of()), woman.id());
                cases.add(m);
            }
        }
        shelters(byProvince);
        calls(byProvince);
        for (Made m : cases) {
            m.kernel = kernel(m);
        }
        return this;
    }

    private Made kase(PersonCard woman, Place place, CentreCard centre) {
        int draw = random.nextInt(100);
        CaseStep reached;
        boolean closed = draw >= 78;
        if (closed) {
            int from = random.nextInt(10);
            reached = from < 5 ? CaseStep.FOLLOW_UP : from < 7 ? CaseStep.SERVICES : from < 9 ? CaseStep.ASSESSED
                    : CaseStep.REGISTERED;
        } else {
            reached = draw < 12 ? CaseStep.REGISTERED : draw < 28 ? CaseStep.ASSESSED : draw < 42 ? CaseStep.PLAN_AGREED
                    : draw < 60 ? CaseStep.SERVICES : CaseStep.FOLLOW_UP;
        }
        int k = reached.ordinal();
        int age = closed ? 90 + random.nextInt(500) : switch (reached) {
            case REGISTERED -> random.nextInt(20);
            case ASSESSED -> 5 + random.nextInt(55);
            case PLAN_AGREED -> 15 + random.nextInt(100);
            case SERVICES -> 30 + random.nextInt(170);
            default -> 60 + random.nextInt(340);
        };
        Made m = new Made(woman, place, centre, reached, AS_OF.minusDays(age));
        long span = ChronoUnit.DAYS.between(m.openedOn, AS_OF);
        m.reachedOn = m.openedOn.plusDays(Math.min(closed ? span - 5 : span, (long) k * (5 + random.nextInt(20))));
        if (closed) {
            m.closedOn = m.reachedOn.plusDays(Math.min(ChronoUnit.DAYS.between(m.reachedOn, AS_OF),
                    5 + random.nextInt(60)));
            int why = random.nextInt(100);
            m.closeReason = reached == CaseStep.FOLLOW_UP && why < 60 ? CloseReason.GOALS_MET
                    : why < 20 ? CloseReason.REFERRED_ELSEWHERE : why < 40 ? CloseReason.MOVED_AWAY
                    : why < 60 ? CloseReason.DECLINED_SERVICES : why < 92 ? CloseReason.LOST_CONTACT
                    : CloseReason.OTHER;
        }
        m.restricted = random.nextInt(100) < 8;
        m.kinds = kinds();
        m.perpetrator = perpetrator();
        m.channel = channel();
        risks(m);
        if (m.latestRisk() != null && m.latestRisk().level().needsSafetyPlan()) {
            m.needs.add(ImmediateNeed.SAFETY);
        }
        for (ImmediateNeed n : List.of(ImmediateNeed.MEDICAL_CARE, ImmediateNeed.LEGAL_HELP,
                ImmediateNeed.PSYCHOLOGICAL_SUPPORT, ImmediateNeed.FOOD_AND_CLOTHES)) {
            if (random.nextInt(100) < 25) {
                m.needs.add(n);
            }
        }
        return m;
    }

    /** Assessed on the day the case moved to ASSESSED; a high risk has its safety plan before any plan. */
    private void risks(Made m) {
        LocalDate assessed;
        if (m.reachedAtLeast(CaseStep.ASSESSED)) {
            assessed = dayOf(m, CaseStep.ASSESSED);
        } else if (random.nextInt(100) < 35) {
            assessed = m.closedOn != null ? m.openedOn : m.openedOn.plusDays(
                    Math.min(ChronoUnit.DAYS.between(m.openedOn, AS_OF), 1 + random.nextInt(3)));
        } else {
            return;
        }
        int l = random.nextInt(100);
        RiskLevel level = l < 25 ? RiskLevel.LOW : l < 58 ? RiskLevel.MEDIUM : l < 85 ? RiskLevel.HIGH
                : RiskLevel.IMMEDIATE_DANGER;
        m.risks.add(risk(assessed, level));
        if (level.needsSafetyPlan()) {
            boolean movedOn = m.reachedAtLeast(CaseStep.PLAN_AGREED);
            // an open case still at ASSESSED (or before) may wait for its plan: the supervisor sees it
            if (movedOn || !m.open() || random.nextInt(100) < 45) {
                LocalDate until = movedOn ? dayOf(m, CaseStep.PLAN_AGREED) : m.open() ? AS_OF : m.closedOn;
                m.safetyPlans.add(assessed.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(assessed, until) + 1)));
            }
        }
        if (m.reachedAtLeast(CaseStep.FOLLOW_UP) && random.nextInt(100) < 35) {
            LocalDate again = dayOf(m, CaseStep.FOLLOW_UP);
            if (again.isAfter(assessed)) {
                m.risks.add(risk(again, random.nextBoolean() ? RiskLevel.LOW : RiskLevel.MEDIUM));
            }
        }
    }

    /** Answers that give the level, by the checklist's own weights and red flags. */
    private Risk risk(LocalDate on, RiskLevel level) {
        List<RiskQuestion> red = EnumSet.allOf(RiskQuestion.class).stream().filter(RiskQuestion::redFlag).toList();
        List<RiskQuestion> other = new ArrayList<>(EnumSet.allOf(RiskQuestion.class).stream()
                .filter(q -> !q.redFlag()).toList());
        Collections.shuffle(other, random);
        Set<RiskQuestion> yes = EnumSet.noneOf(RiskQuestion.class);
        int score = 0;
        int[] range = switch (level) {
            case LOW -> new int[] {0, 2};
            case MEDIUM -> new int[] {3, 6};
            case HIGH -> new int[] {7, 12};
            case IMMEDIATE_DANGER -> new int[] {0, 6};
        };
        if (level == RiskLevel.IMMEDIATE_DANGER) {
            yes.add(pick(red));
        }
        int wanted = range[0] + random.nextInt(range[1] - range[0] + 1);
        for (RiskQuestion q : other) {
            if (score >= wanted) {
                break;
            }
            if (score + q.weight() <= range[1]) {
                yes.add(q);
                score += q.weight();
            }
        }
        int total = yes.stream().mapToInt(RiskQuestion::weight).sum();
        if (levelOf(yes) != level) {
            throw new IllegalStateException("demo risk " + yes + " is not " + level);
        }
        return new Risk(on, yes, total, level);
    }

    /** The checklist's level (as the module's RiskScale): a red flag, else 7 and over high, 3 and over medium. */
    static RiskLevel levelOf(Set<RiskQuestion> yes) {
        if (yes.stream().anyMatch(RiskQuestion::redFlag)) {
            return RiskLevel.IMMEDIATE_DANGER;
        }
        int score = yes.stream().mapToInt(RiskQuestion::weight).sum();
        return score >= 7 ? RiskLevel.HIGH : score >= 3 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /**
     * The smallest shelter of Rabat (else of the place with the most open cases) is exactly full, with three
     * women waiting; the others are partly taken. Stays are open cases' of the shelter's province, admitted
     * once assessed; some closed cases left a shelter on their closing day.
     */
    private void shelters(Map<String, List<CentreCard>> byProvince) {
        List<CentreCard> all = new ArrayList<>();
        for (Place p : PLACES) {
            byProvince.getOrDefault(p.provinceCode(), List.of()).stream()
                    .filter(c -> c.type() == CentreType.WOMEN_SHELTER && c.beds() != null && c.beds() > 0)
                    .sorted(Comparator.comparingInt(CentreCard::beds).thenComparingLong(CentreCard::id))
                    .forEach(all::add);
        }
        for (CentreCard s : all) {
            List<Made> candidates = new ArrayList<>(cases.stream()
                    .filter(m -> m.open() && m.stay == null && m.waitingSince == null
                            && m.centre.provinceCode().equals(s.provinceCode())).toList());
            boolean full = fullShelter == null && candidates.size() >= s.beds() + 3;
            int taken = full ? s.beds() : Math.min(candidates.size(), s.beds() * (3 + random.nextInt(5)) / 10);
            // the assessed first: a woman in danger is sheltered once the risk is known
            candidates.sort(Comparator.comparing((Made m) -> m.latestRisk() == null ? 1 : 0)
                    .thenComparing(m -> m.openedOn));
            for (int i = 0; i < taken; i++) {
                Made m = candidates.get(i);
                LocalDate in = m.latestRisk() == null ? m.openedOn : m.risks.get(0).on();
                m.stay = new Stay(s, in, null);
                m.needs.add(ImmediateNeed.SHELTER);
            }
            if (full) {
                fullShelter = s;
                for (int i = 0; i < 3; i++) {
                    Made m = candidates.get(taken + i);
                    m.waitingSince = AS_OF.minusDays(9 - 3L * i).atTime(10 + i, 15);
                    m.needs.add(ImmediateNeed.SHELTER);
                }
            }
            shelters.put(s, taken);
            cases.stream().filter(m -> !m.open() && m.stay == null && m.reachedAtLeast(CaseStep.ASSESSED)
                            && m.centre.provinceCode().equals(s.provinceCode()) && random.nextInt(100) < 15)
                    .forEach(m -> {
                        m.stay = new Stay(s, m.risks.isEmpty() ? m.openedOn : m.risks.get(0).on(), m.closedOn);
                        m.needs.add(ImmediateNeed.SHELTER);
                    });
        }
        if (fullShelter != null) {
            // the full one first, for the summary
            Map<CentreCard, Integer> ordered = new LinkedHashMap<>();
            ordered.put(fullShelter, shelters.get(fullShelter));
            ordered.putAll(shelters);
            shelters.clear();
            shelters.putAll(ordered);
        }
    }

    /** Listening calls at the places' listening centres; about one in four became a case (her intake). */
    private void calls(Map<String, List<CentreCard>> byProvince) {
        for (Made m : cases) {
            if (random.nextInt(100) < 12) {
                m.channel = random.nextInt(4) == 0 ? IntakeChannel.REMOTE_ONLINE : IntakeChannel.TELEPHONE_LINE;
                m.call = call(listening(byProvince, m.centre), m.openedOn.minusDays(random.nextInt(4)), m.channel,
                        m.kinds, m.needs.contains(ImmediateNeed.SAFETY), m.needs, m);
                calls.add(m.call);
            }
        }
        for (Place p : PLACES) {
            List<CentreCard> here = byProvince.getOrDefault(p.provinceCode(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.cases() / 3; i++) {
                CentreCard centre = listening(byProvince, pick(here));
                LocalDate day = AS_OF.minusDays(random.nextInt(240));
                Set<ViolenceKind> kinds = random.nextInt(5) == 0 ? Set.of() : kinds();
                Set<ImmediateNeed> needs = EnumSet.noneOf(ImmediateNeed.class);
                if (random.nextInt(3) == 0) {
                    needs.add(pick(List.of(ImmediateNeed.values())));
                }
                calls.add(call(centre, day, random.nextInt(4) == 0 ? IntakeChannel.REMOTE_ONLINE
                        : IntakeChannel.TELEPHONE_LINE, kinds, random.nextInt(100) < 15, needs, null));
            }
        }
        calls.sort(Comparator.comparing(Call::at));
    }

    private Call call(CentreCard centre, LocalDate day, IntakeChannel channel, Set<ViolenceKind> kinds,
                      boolean danger, Set<ImmediateNeed> needs, Made became) {
        LocalDateTime at = day.atTime(8 + random.nextInt(13), random.nextInt(60));
        String summary = pick(Texts.CALLS);
        String action = became != null ? "Rendez-vous fixé au centre pour l'accueil et l'ouverture du dossier."
                : danger ? "Orientée vers la police (19) et la cellule hospitalière ; rappel convenu le lendemain."
                : random.nextInt(3) == 0 ? null : pick(Texts.ACTIONS);
        return new Call(centre, at, channel, kinds, danger, needs, summary, action, became);
    }

    private CentreCard listening(Map<String, List<CentreCard>> byProvince, CentreCard near) {
        List<CentreCard> lines = byProvince.getOrDefault(near.provinceCode(), List.of()).stream()
                .filter(c -> c.type() == CentreType.LISTENING_CENTRE).toList();
        return lines.isEmpty() ? near : lines.get(0);
    }

    /** The kernel's side of the case: plan, services, follow-ups, consents and referrals, marks. */
    private DemoCase kernel(Made m) {
        DemoCase shape = new DemoCase("women", m.woman.id(), m.centre.id(), m.place.worker(), m.place.supervisor(),
                m.restricted, m.openedOn, m.reached, m.reachedOn, m.closeReason, m.closedOn,
                m.closeReason == CloseReason.OTHER ? "Prise en charge reprise par la famille, à sa demande." : null,
                null, null, null, List.of(), List.of(), List.of(), List.of());
        LocalDate end = m.open() ? AS_OF : m.closedOn;
        String goals = m.reachedAtLeast(CaseStep.PLAN_AGREED) ? pick(Texts.GOALS) : null;
        List<DemoCase.Service> services = new ArrayList<>();
        if (random.nextInt(100) < 70) {
            services.add(new DemoCase.Service("LISTENING_SESSION", m.openedOn, "Premier entretien d'écoute."));
        }
        if (m.reachedAtLeast(CaseStep.SERVICES)) {
            LocalDate from = shape.dayOf(CaseStep.SERVICES);
            List<String> given = new ArrayList<>(Texts.SERVICES.keySet());
            Collections.shuffle(given, random);
            for (String code : given.subList(0, 1 + random.nextInt(4))) {
                services.add(new DemoCase.Service(code, between(from, end), Texts.SERVICES.get(code)));
            }
        }
        services.sort(Comparator.comparing(DemoCase.Service::givenOn));
        List<DemoCase.Visit> visits = new ArrayList<>();
        boolean follows = m.reachedAtLeast(CaseStep.FOLLOW_UP) || m.reached == CaseStep.SERVICES
                && random.nextInt(100) < 40;
        if (follows) {
            LocalDate from = m.reachedAtLeast(CaseStep.FOLLOW_UP) ? shape.dayOf(CaseStep.FOLLOW_UP)
                    : shape.dayOf(CaseStep.SERVICES);
            boolean overdue = m.open() && random.nextInt(100) < 40;
            // an overdue visit was due a few weeks ago: the last one was done before that
            LocalDate lastDone = overdue ? between(from, AS_OF.minusDays(20)) : between(from, end);
            int count = 1 + random.nextInt(3);
            LocalDate done = from.isAfter(lastDone) ? lastDone : from;
            for (int i = 0; i < count; i++) {
                LocalDate day = i == count - 1 ? lastDone : between(done, lastDone);
                if (day.isBefore(done)) {
                    day = done;
                }
                LocalDate next = i < count - 1 ? null : !m.open() ? null : overdue
                        ? min(day.plusDays(14 + random.nextInt(21)), AS_OF.minusDays(2))
                        : AS_OF.plusDays(45 + random.nextInt(75));
                if (next != null && !next.isAfter(day)) {
                    next = day.plusDays(14);
                }
                visits.add(new DemoCase.Visit(random.nextInt(3) == 0 ? FollowUpKind.CALL : FollowUpKind.VISIT, day,
                        pick(Texts.VISITS), next));
                done = day;
            }
        }
        List<DemoCase.Agreement> consents = new ArrayList<>();
        List<DemoCase.Sent> referrals = new ArrayList<>();
        if (random.nextInt(100) < 80) {
            consents.add(new DemoCase.Agreement(ConsentPurpose.KEEP_DATA, ConsentBasis.CONSENT, null, m.openedOn));
            consents.add(new DemoCase.Agreement(ConsentPurpose.BE_CONTACTED, ConsentBasis.CONSENT, null, m.openedOn));
        }
        if (m.reachedAtLeast(CaseStep.ASSESSED) && random.nextInt(100) < 60) {
            LocalDate assessed = shape.dayOf(CaseStep.ASSESSED);
            int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                ReferralTarget target = pick(List.of(ReferralTarget.POLICE, ReferralTarget.PROSECUTOR,
                        ReferralTarget.HOSPITAL_UNIT, ReferralTarget.HOSPITAL_UNIT, ReferralTarget.ASSOCIATION,
                        ReferralTarget.COURT, ReferralTarget.GENDARMERIE));
                LocalDate sent = between(assessed, min(assessed.plusDays(10), end));
                if (consents.stream().noneMatch(c -> c.purpose() == target.purpose())) {
                    boolean ground = target.purpose() == ConsentPurpose.SHARE_WITH_JUSTICE && random.nextInt(3) == 0;
                    consents.add(new DemoCase.Agreement(target.purpose(), ground ? ConsentBasis.PROSECUTOR_REQUEST
                            : ConsentBasis.CONSENT, ground ? "Réquisition du Procureur du Roi n° " + sent.getYear()
                            + "/" + (100 + random.nextInt(900)) : null, assessed));
                }
                LocalDate due = sent.plusDays(10 + random.nextInt(21));
                ReferralStatus status;
                LocalDate answered = null;
                String outcome = null;
                if (!m.open() || due.isBefore(AS_OF) && random.nextInt(100) < 55
                        || !due.isBefore(AS_OF) && random.nextInt(100) < 30) {
                    int s = random.nextInt(10);
                    status = s < 7 ? ReferralStatus.ACTED : s < 9 ? ReferralStatus.RECEIVED : ReferralStatus.REFUSED;
                    if (!m.open() && status == ReferralStatus.RECEIVED) {
                        status = ReferralStatus.ACTED;
                    }
                    answered = between(sent.plusDays(1), min(due, m.open() ? AS_OF : m.closedOn));
                    answered = answered.isAfter(end) ? end : answered;
                    answered = answered.isBefore(sent) ? sent : answered;
                    outcome = Texts.OUTCOMES.get(status);
                } else {
                    status = random.nextInt(4) == 0 ? ReferralStatus.RECEIVED : ReferralStatus.SENT;
                    if (status == ReferralStatus.RECEIVED) {
                        answered = min(sent.plusDays(2), AS_OF);
                        outcome = Texts.OUTCOMES.get(status);
                    }
                }
                referrals.add(new DemoCase.Sent(target, Texts.TARGETS.get(target), Texts.REASONS.get(target), sent,
                        due, status, outcome, answered));
            }
        }
        Risk latest = m.latestRisk();
        boolean missing = m.open() && m.safetyPlanMissing();
        return new DemoCase("women", m.woman.id(), m.centre.id(), m.place.worker(), m.place.supervisor(),
                m.restricted, m.openedOn, m.reached, m.reachedOn, m.closeReason, m.closedOn, shape.closeNote(),
                latest == null ? null : latest.level().name(), missing ? "SAFETY_PLAN_MISSING" : null, goals, services,
                visits, consents, referrals);
    }

    private LocalDate dayOf(Made m, CaseStep s) {
        return new DemoCase("women", 0, 0, "", "", false, m.openedOn, m.reached, m.reachedOn, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of()).dayOf(s);
    }

    private List<Long> someChildren(List<Long> children, long herself) {
        if (children.isEmpty() || random.nextInt(100) >= 55) {
            return List.of();
        }
        List<Long> some = new ArrayList<>(children.stream().filter(c -> c != herself).toList());
        Collections.shuffle(some, random);
        return List.copyOf(some.subList(0, some.isEmpty() ? 0 : 1 + random.nextInt(some.size())));
    }

    private Set<ViolenceKind> kinds() {
        Set<ViolenceKind> kinds = EnumSet.noneOf(ViolenceKind.class);
        kinds.add(random.nextInt(100) < 60 ? ViolenceKind.PHYSICAL : ViolenceKind.PSYCHOLOGICAL);
        for (ViolenceKind k : ViolenceKind.values()) {
            int chance = switch (k) {
                case PSYCHOLOGICAL -> 60;
                case ECONOMIC -> 30;
                case SEXUAL -> 15;
                case DIGITAL -> 10;
                case PHYSICAL -> 20;
            };
            if (random.nextInt(100) < chance) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    private Perpetrator perpetrator() {
        int p = random.nextInt(100);
        return p < 45 ? Perpetrator.HUSBAND : p < 57 ? Perpetrator.FORMER_HUSBAND : p < 69 ? Perpetrator.FAMILY_MEMBER
                : p < 77 ? Perpetrator.IN_LAW : p < 82 ? Perpetrator.FIANCE : p < 88 ? Perpetrator.ACQUAINTANCE
                : p < 91 ? Perpetrator.EMPLOYER : p < 97 ? Perpetrator.STRANGER : Perpetrator.OTHER;
    }

    private IntakeChannel channel() {
        int c = random.nextInt(100);
        return c < 42 ? IntakeChannel.WALK_IN : c < 55 ? IntakeChannel.POLICE : c < 63 ? IntakeChannel.PROSECUTOR
                : c < 76 ? IntakeChannel.HOSPITAL : c < 91 ? IntakeChannel.ASSOCIATION : IntakeChannel.GENDARMERIE;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Sets of values as one column, as the module writes them ("PHYSICAL,SEXUAL"); null when empty. */
    static String codes(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
