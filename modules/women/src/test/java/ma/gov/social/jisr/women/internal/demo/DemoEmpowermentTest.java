package ma.gov.social.jisr.women.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Cooperative;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Member;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Plan;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Request;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Seat;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Step;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Training;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Woman;
import org.junit.jupiter.api.Test;

class DemoEmpowermentTest {
    private static final LocalDate AS_OF = DemoData.AS_OF;
    private static final Map<String, List<String>> PROVINCES = new TreeMap<>(Map.ofEntries(
            Map.entry("MA-01", List.of("MA-TNG", "MA-TET")), Map.entry("MA-02", List.of("MA-OUJ", "MA-NAD")),
            Map.entry("MA-03", List.of("MA-BOM", "MA-FES", "MA-HAJ", "MA-IFR", "MA-MEK", "MA-MOU", "MA-SEF",
                    "MA-TAO", "MA-TAZ")),
            Map.entry("MA-04", List.of("MA-KEN", "MA-KHE", "MA-RAB", "MA-SAL", "MA-SIK", "MA-SIL", "MA-SKH")),
            Map.entry("MA-05", List.of("MA-BEM")), Map.entry("MA-06", List.of("MA-BES", "MA-BRR", "MA-CAS", "MA-JDI",
                    "MA-MED", "MA-MOH", "MA-NOU", "MA-SET", "MA-SIB")), Map.entry("MA-07", List.of("MA-MAR", "MA-SAF")),
            Map.entry("MA-08", List.of("MA-ERR")), Map.entry("MA-09", List.of("MA-AGD")),
            Map.entry("MA-10", List.of("MA-GUE")), Map.entry("MA-11", List.of("MA-LAA")),
            Map.entry("MA-12", List.of("MA-OUD"))));
    /** Enough adult women everywhere for the ministry's figures. */
    private static final Plan FULL = plan(Map.of("MA-03", 4_200), 1_000);
    /** About as many as the registry's demo holds (110 adult women in Fès-Meknès, 206 in Casablanca-Settat). */
    private static final Map<String, Integer> DEMO_REGISTRY = Map.ofEntries(Map.entry("MA-01", 114),
            Map.entry("MA-02", 94), Map.entry("MA-03", 110), Map.entry("MA-04", 148), Map.entry("MA-05", 49),
            Map.entry("MA-06", 206), Map.entry("MA-07", 82), Map.entry("MA-08", 41), Map.entry("MA-09", 98),
            Map.entry("MA-10", 42), Map.entry("MA-11", 36), Map.entry("MA-12", 12));
    private static final Plan SCALED = plan(DEMO_REGISTRY, 0);

    @Test
    void fesMeknesHasTheMinistrysFiguresWhenThereAreWomenEnough() {
        assertEquals(1.0, FULL.scale());
        List<Woman> fes = inRegion(FULL, "MA-03");
        assertEquals(3_000, fes.stream().filter(w -> w.kind() == EntrepreneurKind.SELF_EMPLOYED).count());
        assertEquals(674, fes.stream().filter(w -> w.kind() == EntrepreneurKind.COOPERATIVE_MEMBER).count());
        assertEquals(3_670, FULL.requests().stream().filter(r -> r.regionCode().equals("MA-03")).count());
        long cooperatives = FULL.cooperatives().stream().filter(c -> c.regionCode().equals("MA-03")).count();
        assertTrue(cooperatives >= 35 && cooperatives <= 45, cooperatives + " cooperatives in Fès-Meknès");
        assertEquals(800, inRegion(FULL, "MA-04").size());
        assertEquals(500, inRegion(FULL, "MA-09").size());
        assertEquals(15, FULL.trainings().stream().filter(t -> t.regionCode().equals("MA-03")).count());
        assertEquals(5, FULL.trainings().stream().filter(t -> t.regionCode().equals("MA-09")).count());
        Map<RequestStage, Long> stages = new HashMap<>();
        FULL.requests().stream().filter(r -> r.regionCode().equals("MA-03"))
                .forEach(r -> stages.merge(r.stage(), 1L, Long::sum));
        DemoProjects.SHARES.forEach((stage, share) -> assertTrue(Math.abs(stages.get(stage) - 3_670 * share / 100.0)
                <= 1, stage + ": " + stages.get(stage)));
    }

    @Test
    void scaledDownFesMeknesStaysTheLargest() {
        assertEquals(110 / 3_674.0, SCALED.scale(), 1e-9);
        int fes = inRegion(SCALED, "MA-03").size();
        assertEquals(110, fes);
        for (String region : PROVINCES.keySet()) {
            assertTrue(region.equals("MA-03") || inRegion(SCALED, region).size() < fes, region);
            assertFalse(inRegion(SCALED, region).isEmpty(), region);
        }
        assertEquals(Math.round(110 * 674 / 3_674.0), inRegion(SCALED, "MA-03").stream()
                .filter(w -> w.kind() == EntrepreneurKind.COOPERATIVE_MEMBER).count());
        assertTrue(SCALED.trainings().stream().filter(t -> t.regionCode().equals("MA-03")).count() >= 3);
    }

    @Test
    void sameSeedSamePlan() {
        assertEquals(SCALED, plan(DEMO_REGISTRY, 0));
    }

    @Test
    void registeredWomenAreAdultWomenRegisteredOnce() {
        for (Plan plan : List.of(FULL, SCALED)) {
            Set<Long> persons = new HashSet<>();
            for (Woman w : plan.women()) {
                assertTrue(persons.add(w.person().id()), "registered twice: " + w);
                assertEquals(Sex.FEMALE, w.person().sex());
                assertTrue(w.person().birthYear() <= AS_OF.getYear() - 19);
                assertFalse(w.registeredOn().isAfter(AS_OF));
                assertNotNull(w.sector());
                assertNotNull(w.activity());
            }
        }
    }

    @Test
    void membersAreTheirProvincesCooperativeMembersOncePerCooperative() {
        for (Plan plan : List.of(FULL, SCALED)) {
            Map<Long, Woman> women = byPerson(plan);
            Set<String> seen = new HashSet<>();
            Map<Long, Integer> memberships = new HashMap<>();
            for (Member m : plan.members()) {
                assertTrue(seen.add(m.cooperative() + "/" + m.personId()), "twice in a cooperative: " + m);
                Woman w = women.get(m.personId());
                Cooperative c = plan.cooperatives().get(m.cooperative());
                assertEquals(EntrepreneurKind.COOPERATIVE_MEMBER, w.kind());
                assertEquals(w.provinceCode(), c.provinceCode());
                assertFalse(m.joinedOn().isBefore(c.foundedOn()) || m.joinedOn().isAfter(AS_OF));
                memberships.merge(m.personId(), 1, Integer::sum);
            }
            plan.women().stream().filter(w -> w.kind() == EntrepreneurKind.COOPERATIVE_MEMBER)
                    .forEach(w -> assertTrue(memberships.containsKey(w.person().id()), "in no cooperative: " + w));
            assertTrue(memberships.values().stream().allMatch(n -> n <= 2));
            assertTrue(memberships.values().stream().anyMatch(n -> n == 2), "a few are in two cooperatives");
            assertEquals(plan.cooperatives().size(), plan.cooperatives().stream().map(Cooperative::registrationNo)
                    .distinct().count(), "registration numbers are unique");
        }
    }

    @Test
    void requestsHoldTogether() {
        for (Plan plan : List.of(FULL, SCALED)) {
            Map<Long, Woman> women = byPerson(plan);
            for (Request r : plan.requests()) {
                Woman w = women.get(r.personId());
                assertNotNull(w, "a registered woman's request");
                assertEquals(w.provinceCode(), r.provinceCode());
                assertFalse(r.receivedOn().isBefore(w.registeredOn()), "received before she registered: " + r);
                assertFalse(r.receivedOn().isBefore(LocalDate.of(2023, 1, 1)) || r.receivedOn().isAfter(AS_OF));
                assertTrue(r.amountAsked().compareTo(Dirhams.of(5_000)) >= 0
                        && r.amountAsked().compareTo(Dirhams.of(150_000)) <= 0, r.amountAsked().toString());
                assertEquals(r.stage() == RequestStage.RECEIVED, r.decidedOn() == null);
                assertTrue(r.decidedOn() == null || !r.decidedOn().isAfter(AS_OF) && !r.decidedOn().isBefore(
                        r.receivedOn()));
                assertEquals(r.stage() == RequestStage.REJECTED, r.reason() != null);
                assertTrue(r.reason() == null || EmpTexts.REASONS.contains(r.reason()));
                boolean financed = r.stage() == RequestStage.FINANCED || r.stage() == RequestStage.LAUNCHED;
                assertEquals(financed, r.programme() != null);
                assertEquals(financed, r.financedAmount() != null);
                if (financed) {
                    assertTrue(r.financedAmount().compareTo(r.amountAsked()) <= 0);
                    assertTrue(r.financedOn().isAfter(r.decidedOn()) && !r.financedOn().isAfter(AS_OF));
                }
                if (r.cooperative() != null) {
                    assertTrue(plan.members().contains(new Member(r.cooperative(), r.personId(), plan.members()
                            .stream().filter(m -> m.cooperative() == r.cooperative() && m.personId() == r.personId())
                            .findFirst().orElseThrow().joinedOn())));
                }
            }
        }
    }

    @Test
    void milestonesAreDoneInOrderAndLaunchedMeansLaunchDone() {
        for (Plan plan : List.of(FULL, SCALED)) {
            for (Request r : plan.requests()) {
                boolean followed = r.stage() != RequestStage.RECEIVED && r.stage() != RequestStage.REJECTED;
                assertEquals(followed ? 6 : 0, r.steps().size(), r.toString());
                LocalDate planned = null;
                LocalDate done = null;
                boolean open = false;
                for (int i = 0; i < r.steps().size(); i++) {
                    Step s = r.steps().get(i);
                    assertEquals(Milestone.at(i + 1), s.step());
                    assertTrue(planned == null || s.plannedOn().isAfter(planned), "planned days increase: " + r);
                    planned = s.plannedOn();
                    if (s.doneOn() == null) {
                        open = true;
                        assertNull(s.stillActive());
                        continue;
                    }
                    assertFalse(open, "done after a step not done: " + r);
                    assertTrue(done == null || !s.doneOn().isBefore(done), "done before the step before: " + r);
                    assertFalse(s.doneOn().isAfter(AS_OF));
                    done = s.doneOn();
                }
                if (!followed) {
                    continue;
                }
                assertEquals(r.stage() == RequestStage.LAUNCHED, r.steps().get(4).doneOn() != null);
                assertEquals(r.financedOn(), r.steps().get(3).doneOn());
                Step followUp = r.steps().get(5);
                assertEquals(followUp.doneOn() != null, followUp.stillActive() != null);
                if (followUp.doneOn() != null) {
                    LocalDate launched = r.steps().get(4).doneOn();
                    assertTrue(launched.plusYears(1).isBefore(AS_OF));
                    assertFalse(followUp.doneOn().isBefore(launched.plusYears(1)));
                }
            }
        }
    }

    @Test
    void agentRabatHasLateMilestonesAndEveryFollowedRequestHasADemoAdviser() {
        for (Plan plan : List.of(FULL, SCALED)) {
            long late = plan.requests().stream().filter(r -> "agent.rabat".equals(r.adviser()))
                    .filter(r -> r.steps().stream().anyMatch(s -> s.doneOn() == null && s.plannedOn().isBefore(AS_OF)))
                    .count();
            assertTrue(late >= 5, late + " late requests for agent.rabat");
            for (Request r : plan.requests()) {
                String expected = r.steps().isEmpty() ? null : r.provinceCode().equals("MA-RAB") ? "agent.rabat"
                        : r.regionCode().equals("MA-06") ? "agent.femmes" : r.regionCode().equals("MA-04")
                        ? "coord.rabat" : "coord.enfance";
                assertEquals(expected, r.adviser());
            }
        }
    }

    @Test
    void seatsStayWithinCapacityAndComeFromTheProvince() {
        for (Plan plan : List.of(FULL, SCALED)) {
            Map<Long, Woman> women = byPerson(plan);
            int past = 0;
            int attended = 0;
            for (Training t : plan.trainings()) {
                assertTrue(t.capacity() >= 15 && t.capacity() <= 30);
                assertTrue(t.seats().size() <= t.capacity(), "beyond capacity: " + t);
                assertFalse(t.heldOn().isAfter(AS_OF.plusDays(DemoTrainings.AHEAD_DAYS)));
                Set<Long> seated = new HashSet<>();
                for (Seat s : t.seats()) {
                    assertTrue(seated.add(s.personId()));
                    Woman w = women.get(s.personId());
                    assertEquals(t.provinceCode(), w.provinceCode());
                    assertFalse(s.registeredAt().toLocalDate().isBefore(w.registeredOn()));
                    assertFalse(s.registeredAt().toLocalDate().isAfter(AS_OF));
                    assertFalse(s.registeredAt().toLocalDate().isAfter(t.heldOn()));
                    if (t.heldOn().isAfter(AS_OF)) {
                        assertFalse(s.attended(), "attended a session still to come");
                    } else {
                        past++;
                        attended += s.attended() ? 1 : 0;
                    }
                }
            }
            assertTrue(attended >= past * 0.7 && attended <= past * 0.9, attended + " of " + past);
        }
    }

    private static List<Woman> inRegion(Plan plan, String region) {
        return plan.women().stream().filter(w -> w.regionCode().equals(region)).toList();
    }

    private static Map<Long, Woman> byPerson(Plan plan) {
        Map<Long, Woman> women = new HashMap<>();
        plan.women().forEach(w -> women.put(w.person().id(), w));
        return women;
    }

    /** Adult women by region (spread over its provinces), and men and girls the plan must leave out. */
    private static Plan plan(Map<String, Integer> women, int elsewhere) {
        Random random = new Random(7);
        List<PersonCard> persons = new ArrayList<>();
        List<Province> provinces = new ArrayList<>();
        long id = 1_000;
        for (Map.Entry<String, List<String>> e : PROVINCES.entrySet()) {
            e.getValue().forEach(p -> provinces.add(new Province(p, e.getKey(), false, p, p)));
            int count = women.getOrDefault(e.getKey(), elsewhere);
            for (int i = 0; i < count + 10; i++) {
                String province = e.getValue().get(random.nextInt(e.getValue().size()));
                boolean adultWoman = i < count;
                Sex sex = adultWoman || i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
                int born = adultWoman ? 1960 + random.nextInt(43) : 2010;
                persons.add(new PersonCard(id++, "فاطمة", "العلوي", "Fatima", "Alaoui", sex, null, born, null, null,
                        null, e.getKey(), province));
            }
        }
        return DemoEmpowerment.plan(new Random(2026_3674L), AS_OF, persons, provinces);
    }
}
