package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.api.empowerment.Sector;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Chosen;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Cooperative;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Request;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Step;

/**
 * The funding requests of the demo's registered women: about one each (3,670 for 3,674 women: a few have none,
 * a few two), at every stage in fixed shares, dated by their stage (a request still waiting was received
 * lately, a launched one long ago), with their six milestones once accompanied or accepted. The demo accounts
 * advise in their territory; agent.rabat always has a few milestones late on her list.
 */
final class DemoProjects {
    static final Map<RequestStage, Integer> SHARES = new EnumMap<>(Map.of(RequestStage.RECEIVED, 20,
            RequestStage.ACCOMPANIMENT, 15, RequestStage.ACCEPTED, 15, RequestStage.FINANCED, 20,
            RequestStage.LAUNCHED, 12, RequestStage.REJECTED, 18));
    static final LocalDate FIRST_REQUEST = LocalDate.of(2023, 1, 2);
    static final String LATE_ADVISER = "agent.rabat";
    static final int LATE_FOR_ADVISER = 6;
    /** Who reviews a region's requests, where a demo account does; elsewhere the demo itself. */
    static final Map<String, String> COORDINATORS = Map.of("MA-04", "coord.rabat", "MA-06", "coord.casa");
    /** The national coordinator covers every region: she decides and advises where no regional account does. */
    static final String NATIONAL = "coord.enfance";
    private static final Map<String, String> PROVINCE_ADVISERS = Map.of("MA-RAB", LATE_ADVISER);
    private static final Map<String, String> REGION_ADVISERS = Map.of("MA-06", "agent.femmes");
    /** Stages whose next milestone can be overdue (a launched project's follow-up waits a year). */
    private static final Set<RequestStage> OPEN = Set.of(RequestStage.ACCOMPANIMENT, RequestStage.ACCEPTED,
            RequestStage.FINANCED);
    private static final List<Programme> PROGRAMMES = List.of(Programme.INDH, Programme.INDH, Programme.INDH,
            Programme.MINISTRY, Programme.MINISTRY, Programme.FORSA, Programme.ADS, Programme.ADS,
            Programme.INTELAKA, Programme.TAMWILCOM, Programme.OTHER);

    private final Random random;
    private final Dice dice;
    private final LocalDate asOf;

    DemoProjects(Random random, LocalDate asOf) {
        this.random = random;
        this.dice = new Dice(random);
        this.asOf = asOf;
    }

    /** Every region's requests, in order of the day received (so that their ids follow it). */
    List<Request> requests(List<Chosen> chosen, List<Cooperative> cooperatives) {
        Map<String, List<Chosen>> byRegion = new TreeMap<>();
        chosen.forEach(c -> byRegion.computeIfAbsent(c.person.regionCode(), k -> new ArrayList<>()).add(c));
        List<Request> requests = new ArrayList<>();
        for (List<Chosen> women : byRegion.values()) {
            requests.addAll(region(new ArrayList<>(women), cooperatives));
        }
        requests.sort(Comparator.comparing(Request::receivedOn).thenComparingLong(Request::personId));
        return List.copyOf(requests);
    }

    private List<Request> region(List<Chosen> women, List<Cooperative> cooperatives) {
        Collections.shuffle(women, random);
        int n = women.size();
        int target = (int) Math.round(n * (double) DemoEmpowerment.FES_REQUESTS / DemoEmpowerment.FES_REGISTERED);
        int twice = (int) Math.round(n * 0.03);
        int none = twice + n - target;
        List<Chosen> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int count = i < none ? 0 : i < none + twice ? 2 : 1;
            for (int k = 0; k < count; k++) {
                owners.add(women.get(i));
            }
        }
        List<RequestStage> stages = quotas(owners.size());
        Collections.shuffle(stages, random);
        // the adviser who must find late milestones on her list gets enough requests still under way
        int wanted = LATE_FOR_ADVISER;
        for (int i = 0; i < owners.size() && wanted > 0; i++) {
            if (!LATE_ADVISER.equals(adviser(owners.get(i)))) {
                continue;
            }
            wanted--;
            if (OPEN.contains(stages.get(i))) {
                continue;
            }
            for (int j = 0; j < owners.size(); j++) {
                if (OPEN.contains(stages.get(j)) && !LATE_ADVISER.equals(adviser(owners.get(j)))) {
                    Collections.swap(stages, i, j);
                    break;
                }
            }
        }
        List<Request> requests = new ArrayList<>();
        int forced = 0;
        for (int i = 0; i < owners.size(); i++) {
            Chosen c = owners.get(i);
            boolean late;
            if (LATE_ADVISER.equals(adviser(c)) && OPEN.contains(stages.get(i)) && forced < LATE_FOR_ADVISER) {
                forced++;
                late = true;
            } else {
                late = random.nextInt(10) < 3;
            }
            requests.add(request(c, stages.get(i), cooperatives, late));
        }
        return requests;
    }

    /** {@code n} stages in the shares wanted, the remainders to the largest fractions. */
    static List<RequestStage> quotas(int n) {
        List<RequestStage> stages = new ArrayList<>();
        Map<RequestStage, Double> fractions = new EnumMap<>(RequestStage.class);
        for (Map.Entry<RequestStage, Integer> e : SHARES.entrySet()) {
            double exact = n * e.getValue() / 100.0;
            stages.addAll(Collections.nCopies((int) exact, e.getKey()));
            fractions.put(e.getKey(), exact - (int) exact);
        }
        List<RequestStage> byFraction = new ArrayList<>(fractions.keySet());
        byFraction.sort(Comparator.comparing((RequestStage s) -> -fractions.get(s)));
        for (int i = 0; stages.size() < n; i++) {
            stages.add(byFraction.get(i));
        }
        return stages;
    }

    private Request request(Chosen c, RequestStage stage, List<Cooperative> cooperatives, boolean late) {
        String region = c.person.regionCode();
        boolean collective = c.cooperative != null && random.nextInt(10) < 6;
        Sector sector = collective ? cooperatives.get(c.cooperative).sector() : c.sector;
        String idea = collective ? dice.pick(EmpTexts.COLLECTIVE_IDEAS) : dice.pick(EmpTexts.IDEAS.get(sector));
        long asked = asked(collective);
        LocalDate received = switch (stage) {
            case RECEIVED -> day(asOf.minusDays(150), asOf);
            case ACCOMPANIMENT -> day(asOf.minusDays(420), asOf.minusDays(45));
            case ACCEPTED -> day(asOf.minusDays(480), asOf.minusDays(100));
            case FINANCED -> day(LocalDate.of(2023, 3, 1), asOf.minusDays(180));
            case LAUNCHED -> day(FIRST_REQUEST, asOf.minusDays(240));
            case REJECTED -> day(FIRST_REQUEST, asOf.minusDays(20));
        };
        LocalDate decided = switch (stage) {
            case RECEIVED -> null;
            case ACCOMPANIMENT -> received.plusDays(7 + random.nextInt(34));
            case REJECTED -> min(received.plusDays(10 + random.nextInt(51)), asOf);
            default -> min(received.plusDays(20 + random.nextInt(71)), asOf);
        };
        boolean financed = stage == RequestStage.FINANCED || stage == RequestStage.LAUNCHED;
        LocalDate financedOn = financed ? min(decided.plusDays(15 + random.nextInt(61)), asOf) : null;
        LocalDate launched = stage == RequestStage.LAUNCHED ? min(financedOn.plusDays(20 + random.nextInt(71)), asOf)
                : null;
        Long granted = financed ? Math.max(5_000, asked * (60 + random.nextInt(41)) / 100 / 500 * 500) : null;
        boolean followed = decided != null && stage != RequestStage.REJECTED;
        return new Request(c.person.id(), collective ? c.cooperative : null, idea, sector, Dirhams.of(asked), region,
                c.person.provinceCode(), received, stage, decided,
                decided == null ? null : COORDINATORS.getOrDefault(region, NATIONAL),
                stage == RequestStage.REJECTED ? dice.pick(EmpTexts.REASONS) : null, followed ? adviser(c) : null,
                financed ? dice.pick(PROGRAMMES) : null, granted == null ? null : Dirhams.of(granted), financedOn,
                followed ? steps(stage, decided, financedOn, launched, late) : List.of());
    }

    /**
     * The six milestones: steps done in order on non-decreasing days (the financing on the day financed, the
     * launch on the day launched, the follow-up a year after it at the earliest), planned days increasing; the
     * first step not done is overdue when {@code late}, else planned after {@code asOf}.
     */
    private List<Step> steps(RequestStage stage, LocalDate decided, LocalDate financed, LocalDate launched,
                             boolean late) {
        int done = switch (stage) {
            case ACCOMPANIMENT -> random.nextInt(3);
            case ACCEPTED -> 1 + random.nextInt(3);
            case FINANCED -> 4;
            default -> 5;
        };
        LocalDate[] doneOn = new LocalDate[6];
        LocalDate end = financed != null ? financed : asOf.minusDays(3);
        for (int i = 0; i < Math.min(done, 3); i++) {
            doneOn[i] = dice.between(decided, end);
        }
        java.util.Arrays.sort(doneOn, 0, Math.min(done, 3));
        if (done >= 4) {
            doneOn[3] = financed;
        }
        if (done >= 5) {
            doneOn[4] = launched;
        }
        Boolean stillActive = null;
        if (launched != null && launched.plusYears(1).isBefore(asOf) && random.nextInt(100) < 85) {
            doneOn[5] = dice.between(launched.plusYears(1), min(launched.plusYears(1).plusDays(40), asOf));
            stillActive = random.nextInt(4) < 3;
        }
        List<Step> steps = new ArrayList<>();
        LocalDate planned = decided;
        LocalDate reached = decided;
        boolean first = true;
        for (Milestone m : Milestone.values()) {
            LocalDate d = doneOn[m.ordinal()];
            LocalDate base = DemoEmpowerment.later(planned.plusDays(1), reached);
            if (d != null) {
                planned = DemoEmpowerment.later(planned.plusDays(1), d.plusDays(random.nextInt(21) - 10));
                reached = d;
                String note = m == Milestone.FOLLOW_UP ? (stillActive ? EmpTexts.ACTIVE : EmpTexts.STOPPED)
                        : EmpTexts.DONE.get(m);
                steps.add(new Step(m, planned, d, m == Milestone.FOLLOW_UP ? stillActive : null, note));
                continue;
            }
            if (m == Milestone.FOLLOW_UP) {
                // never due before a year of activity
                planned = DemoEmpowerment.later(base, (launched != null ? launched : planned).plusYears(1));
            } else if (first && late && base.isBefore(asOf)) {
                planned = dice.between(DemoEmpowerment.later(base, asOf.minusDays(90)), asOf.minusDays(1));
            } else if (first) {
                planned = DemoEmpowerment.later(base, asOf).plusDays(10 + random.nextInt(51));
            } else {
                planned = base.plusDays(30 + random.nextInt(31));
            }
            first = false;
            steps.add(new Step(m, planned, null, null, null));
        }
        return List.copyOf(steps);
    }

    /** Who advises: the case worker of the province or region if a demo account is one, else a coordinator. */
    static String adviser(Chosen c) {
        String province = PROVINCE_ADVISERS.get(c.person.provinceCode());
        if (province != null) {
            return province;
        }
        String region = REGION_ADVISERS.get(c.person.regionCode());
        return region != null ? region : COORDINATORS.getOrDefault(c.person.regionCode(), NATIONAL);
    }

    /** Most ask for a few tens of thousands of dirhams; a cooperative's project asks more. Whole 500s. */
    private long asked(boolean collective) {
        int r = random.nextInt(100);
        long amount = collective ? 20_000 + random.nextInt(130_001)
                : r < 50 ? 5_000 + random.nextInt(25_001) : r < 85 ? 30_000 + random.nextInt(50_001)
                : 80_000 + random.nextInt(70_001);
        return Math.max(5_000, amount / 500 * 500);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return dice.between(DemoEmpowerment.later(from, FIRST_REQUEST), min(to, asOf));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
