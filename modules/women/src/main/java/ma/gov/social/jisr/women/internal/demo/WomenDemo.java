package ma.gov.social.jisr.women.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.casework.api.demo.DemoCases;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.people.api.DemoPeople;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.value.Codes;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The women's cases of the demo, made by {@link DemoWomen}: about 430 cases in Rabat and the ten provinces of
 * Casablanca-Settat at every step, a full shelter with women waiting, overdue follow-ups and referrals on the
 * supervisors' lists. The persons and centres are the people's and centres' demo records, read through their
 * demo apis; the kernel writes its own tables through {@link DemoCases}; this writes the module's. One
 * transaction: all or nothing.
 */
@ApplicationScoped
public class WomenDemo implements DemoData {
    private static final long SEED = 2026_14;
    private static final List<String> MEASURES = List.of(
            "Numéros d'urgence enregistrés ; sac prêt chez la voisine ; mot convenu avec la sœur pour alerter.",
            "Hébergement au centre d'accueil ; trajets accompagnés pour les audiences ; école prévenue.",
            "Changement de numéro de téléphone ; plainte déposée ; ordonnance de protection demandée.");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private DemoPeople people;
    @Inject
    private DemoCentres centres;
    @Inject
    private DemoCases cases;

    @Override
    public String module() {
        return "women";
    }

    /** After the persons and centres (10) and the upgrades (30) it does not read. */
    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "wom_intake");
    }

    @Override
    @Transactional
    public String seed() {
        List<PersonCard> women = people.persons(Sex.FEMALE, AS_OF.getYear() - 70, AS_OF.getYear() - 19);
        List<CentreCard> places = centres.open(Set.of(CentreType.WOMEN_MULTIFUNCTION_SPACE,
                CentreType.LISTENING_CENTRE, CentreType.WOMEN_SHELTER));
        if (women.isEmpty() || places.isEmpty()) {
            return "no demo women or women's centres, nothing written";
        }
        DemoWomen made = new DemoWomen(new Random(SEED)).make(women,
                people.children(women.stream().map(PersonCard::id).toList()), places);
        List<Long> ids = cases.write(made.cases.stream().map(m -> m.kernel).toList());
        for (int i = 0; i < ids.size(); i++) {
            made.cases.get(i).caseId = ids.get(i);
        }
        write(new Sql(dataSource), made);
        return summary(made);
    }

    private static void write(Sql sql, DemoWomen made) {
        Map<String, String> workerOf = DemoWomen.PLACES.stream()
                .collect(Collectors.toMap(DemoWomen.Place::provinceCode, DemoWomen.Place::worker));
        LongSupplier callIds = sql.ids("wom_call_seq", 50); // CallEntity's allocationSize
        List<Object[]> calls = new ArrayList<>();
        Map<Made, Long> callOf = new java.util.HashMap<>();
        for (DemoWomen.Call c : made.calls) {
            long callId = callIds.getAsLong();
            if (c.became() != null) {
                callOf.put(c.became(), callId);
            }
            calls.add(new Object[] {callId, c.centre().id(), c.centre().regionCode(), c.centre().provinceCode(),
                    c.at(), c.channel(), Codes.join(c.kinds()), c.danger(), Codes.join(c.needs()),
                    c.summary(), c.action(), c.became() == null ? null : c.became().caseId, c.at().plusMinutes(20),
                    workerOf.get(c.centre().provinceCode())});
        }
        sql.batch("insert into wom_call (id, centre_id, region_code, province_code, called_at, channel, kinds, danger,"
                + " needs, summary, action_taken, case_id, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", calls);
        List<Object[]> intakes = new ArrayList<>();
        List<Object[]> children = new ArrayList<>();
        List<Object[]> risks = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> stays = new ArrayList<>();
        List<Object[]> waiting = new ArrayList<>();
        int n = 0;
        for (Made m : made.cases) {
            String w = m.place.worker();
            LocalDateTime at = m.openedOn.atTime(9 + n++ % 8, 30);
            intakes.add(new Object[] {m.caseId, m.openedOn, m.channel, Codes.join(m.kinds), m.perpetrator,
                    Codes.join(m.needs), callOf.get(m), m.centre.regionCode(), m.centre.provinceCode(), at, w});
            m.children.forEach(child -> children.add(new Object[] {m.caseId, child}));
            for (DemoWomen.Risk r : m.risks) {
                risks.add(new Object[] {m.caseId, r.on(), r.yes().isEmpty() ? "" : Codes.join(r.yes()), r.score(),
                        r.level(), r.on().atTime(11, 0), w});
            }
            for (var day : m.safetyPlans) {
                plans.add(new Object[] {m.caseId, day, MEASURES.get((int) (m.caseId % MEASURES.size())),
                        day.atTime(15, 0), w});
            }
            if (m.stay != null) {
                stays.add(new Object[] {m.caseId, m.stay.shelter().id(), m.stay.admittedOn(), m.stay.dischargedOn(), w,
                        m.stay.dischargedOn() == null ? null : w});
            }
            if (m.waitingSince != null) {
                waiting.add(new Object[] {m.caseId, made.fullShelter.id(), m.waitingSince, "WAITING", w});
            }
        }
        List<Object[]> shelters = new ArrayList<>();
        made.shelters.forEach((s, taken) -> shelters.add(new Object[] {s.id(), s.regionCode(), s.provinceCode(),
                s.beds(), taken}));
        sql.batch("insert into wom_intake (case_id, intake_on, channel, kinds, perpetrator, needs, call_id,"
                + " region_code, province_code, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                intakes);
        sql.batch("insert into wom_intake_child (case_id, person_id) values (?, ?)", children);
        sql.batch("insert into wom_risk (case_id, assessed_on, answers, score, level, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", risks);
        sql.batch("insert into wom_safety_plan (case_id, agreed_on, measures, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?)", plans);
        sql.batch("insert into wom_shelter (centre_id, region_code, province_code, beds, occupied)"
                + " values (?, ?, ?, ?, ?)", shelters);
        sql.batch("insert into wom_stay (case_id, centre_id, admitted_on, discharged_on, admitted_by, discharged_by)"
                + " values (?, ?, ?, ?, ?, ?)", stays);
        sql.batch("insert into wom_waiting (case_id, centre_id, since, status, added_by) values (?, ?, ?, ?, ?)",
                waiting);
    }

    private static String summary(DemoWomen made) {
        Map<CaseStep, Integer> steps = new EnumMap<>(CaseStep.class);
        Set<String> provinces = new TreeSet<>();
        int restricted = 0;
        int missing = 0;
        int overdueVisits = 0;
        int overdueReferrals = 0;
        int risks = 0;
        int plans = 0;
        for (Made m : made.cases) {
            DemoCase d = m.kernel;
            steps.merge(d.step(), 1, Integer::sum);
            provinces.add(m.centre.provinceCode());
            restricted += m.restricted ? 1 : 0;
            missing += d.attention() != null ? 1 : 0;
            risks += m.risks.size();
            plans += m.safetyPlans.size();
            if (d.step().open() && !d.followUps().isEmpty()) {
                var next = d.followUps().get(d.followUps().size() - 1).nextDue();
                overdueVisits += next != null && next.isBefore(AS_OF) ? 1 : 0;
            }
            if (d.step().open() && d.referrals().stream().anyMatch(r -> r.status().pending()
                    && r.dueOn().isBefore(AS_OF))) {
                overdueReferrals++;
            }
        }
        int taken = made.shelters.values().stream().mapToInt(Integer::intValue).sum();
        int beds = made.shelters.keySet().stream().mapToInt(CentreCard::beds).sum();
        String full = made.fullShelter == null ? "no shelter full" : String.format("shelter %s full (%d beds, %d"
                + " waiting)", made.fullShelter.code(), made.fullShelter.beds(), made.cases.stream()
                .filter(m -> m.waitingSince != null).count());
        return String.format("%,d women's cases in %d provinces (%s; %d restricted), %,d risk assessments (%d high"
                + " without safety plan), %d safety plans, %,d listening calls (%d became cases), %s, %d shelters"
                + " with %d of %d beds taken, %d cases with an overdue follow-up, %d with an overdue referral",
                made.cases.size(), provinces.size(), steps, restricted, risks, missing, plans, made.calls.size(),
                made.calls.stream().filter(c -> c.became() != null).count(), full, made.shelters.size(), taken, beds,
                overdueVisits, overdueReferrals);
    }
}
