package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.women.internal.RiskScale;
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
    private final Dice dice;

    DemoWomen(Random random) {
        this.random = random;
        this.dice = new Dice(random);
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
                Made m = kase(woman, place, dice.pick(here));
                m.children = someChildren(childrenOf.getOrDefault(woman.id(), List.of()), woman.id());
                cases.add(m);
            }
        }
        new DemoShelters(this, dice).place(byProvince);
        new DemoCalls(this, dice).place(byProvince);
        for (Made m : cases) {
            m.kernel = new DemoKernelSide(dice).of(m);
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
            yes.add(dice.pick(red));
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
        if (RiskScale.level(yes) != level) {
            throw new IllegalStateException("demo risk " + yes + " is not " + level);
        }
        return new Risk(on, yes, total, level);
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

    Set<ViolenceKind> kinds() {
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
}
