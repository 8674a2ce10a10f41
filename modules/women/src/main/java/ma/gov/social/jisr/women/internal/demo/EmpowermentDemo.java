package ma.gov.social.jisr.women.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.DemoPeople;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Cooperative;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Plan;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Request;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Seat;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Step;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Training;
import ma.gov.social.jisr.women.internal.demo.DemoEmpowerment.Woman;

/**
 * The economic-empowerment demo planned by {@link DemoEmpowerment}: registered women (demo persons of the
 * registry, read through its demo api), cooperatives and their members, funding requests with their
 * milestones, training sessions with their seats. Written as the services write them, with ids from the
 * module's sequence, by batched JDBC in one transaction. Its own seeder, so that a database seeded before
 * empowerment existed gets it.
 */
@ApplicationScoped
public class EmpowermentDemo implements DemoData {
    private static final long SEED = 2026_3674L;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;
    @Inject
    private DemoPeople people;

    @Override
    public String module() {
        return "women";
    }

    /** After the persons (10), the women's cases (40) and the kits (42), which it does not read. */
    @Override
    public int order() {
        return 44;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "wom_emp_registration");
    }

    @Override
    @Transactional
    public String seed() {
        Plan plan = DemoEmpowerment.plan(new Random(SEED), AS_OF, people.persons(Sex.FEMALE, AS_OF.getYear() - 70,
                AS_OF.getYear() - DemoEmpowerment.YOUNGEST), territories.provinces());
        if (plan.women().isEmpty()) {
            return "no adult demo woman in Fès-Meknès, nothing written";
        }
        write(new Sql(dataSource), plan);
        return summary(plan);
    }

    private static void write(Sql sql, Plan plan) {
        LongSupplier ids = sql.ids("wom_emp_seq", 1); // its INCREMENT BY
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (Woman w : plan.women()) {
            rows.add(new Object[] {ids.getAsLong(), w.person().id(), w.kind(), w.sector(), w.activity(),
                w.regionCode(), w.provinceCode(), w.registeredOn(), w.registeredOn().atTime(9, 0).plusMinutes(n++ * 23
                % 480), AUTHOR});
        }
        sql.batch("insert into wom_emp_registration (id, person_id, kind, sector, activity, region_code,"
                + " province_code, registered_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        long[] cooperative = new long[plan.cooperatives().size()];
        rows = new ArrayList<>();
        for (int i = 0; i < cooperative.length; i++) {
            Cooperative c = plan.cooperatives().get(i);
            cooperative[i] = ids.getAsLong();
            rows.add(new Object[] {cooperative[i], c.name(), c.registrationNo(), c.sector(), c.regionCode(),
                c.provinceCode(), c.foundedOn(), DemoEmpowerment.FIRST_REGISTRATION.atTime(9, 0).plusMinutes(i * 17L),
                AUTHOR});
        }
        sql.batch("insert into wom_emp_cooperative (id, name, registration_no, sector, region_code, province_code,"
                + " founded_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        sql.batch("insert into wom_emp_member (cooperative_id, person_id, joined_on, recorded_by) values (?, ?, ?, ?)",
                plan.members().stream().map(m -> new Object[] {cooperative[m.cooperative()], m.personId(),
                    m.joinedOn(), AUTHOR}).toList());
        rows = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        n = 0;
        for (Request r : plan.requests()) {
            long id = ids.getAsLong();
            rows.add(new Object[] {id, r.personId(), r.cooperative() == null ? null : cooperative[r.cooperative()],
                r.idea(), r.sector(), r.amountAsked(), r.regionCode(), r.provinceCode(), r.receivedOn(), r.stage(),
                r.decidedOn(), r.decidedBy(), r.reason(), r.adviser(), r.programme(), r.financedAmount(),
                r.financedOn(), r.receivedOn().atTime(10, 0).plusMinutes(n++ * 29 % 420), AUTHOR});
            for (Step s : r.steps()) {
                steps.add(new Object[] {id, s.step().position(), s.step(), s.plannedOn(), s.doneOn(), s.stillActive(),
                    s.note(), AUTHOR});
            }
        }
        sql.batch("insert into wom_emp_request (id, person_id, cooperative_id, idea, sector, amount_asked, region_code,"
                + " province_code, received_on, stage, decided_on, decided_by, reason, adviser, programme,"
                + " financed_amount, financed_on, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        sql.batch("insert into wom_emp_milestone (request_id, position, step, planned_on, done_on, still_active, note,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", steps);
        rows = new ArrayList<>();
        List<Object[]> seats = new ArrayList<>();
        for (Training t : plan.trainings()) {
            long id = ids.getAsLong();
            LocalDate recorded = t.heldOn().minusDays(40).isBefore(AS_OF.minusDays(30)) ? t.heldOn().minusDays(40)
                    : AS_OF.minusDays(30);
            rows.add(new Object[] {id, t.kind(), t.topic(), t.heldOn(), t.place(), t.trainer(), t.capacity(),
                t.regionCode(), t.provinceCode(), recorded.atTime(11, 0), AUTHOR});
            for (Seat s : t.seats()) {
                seats.add(new Object[] {id, s.personId(), s.registeredAt(), s.attended(), AUTHOR});
            }
        }
        sql.batch("insert into wom_emp_training (id, kind, topic, held_on, place, trainer, capacity, region_code,"
                + " province_code, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        sql.batch("insert into wom_emp_seat (training_id, person_id, registered_at, attended, recorded_by)"
                + " values (?, ?, ?, ?, ?)", seats);
    }

    private static String summary(Plan plan) {
        String fes = DemoEmpowerment.FES_MEKNES;
        List<Woman> there = plan.women().stream().filter(w -> fes.equals(w.regionCode())).toList();
        long members = there.stream().filter(w -> w.kind() == EntrepreneurKind.COOPERATIVE_MEMBER).count();
        long late = plan.requests().stream().flatMap(r -> r.steps().stream())
                .filter(s -> s.doneOn() == null && s.plannedOn().isBefore(AS_OF)).count();
        return String.format("%,d women registered in %d regions (Fès-Meknès %,d: %,d self-employed, %,d cooperative"
                + " members; %.1f %% of the ministry's figures, as many as the registry's adult demo women there"
                + " allow), %d cooperatives with %,d memberships, %,d funding requests (Fès-Meknès %,d) with %,d"
                + " milestones (%d late), %d training sessions with %,d seats", plan.women().size(),
                plan.women().stream().map(Woman::regionCode).distinct().count(), there.size(), there.size() - members,
                members, plan.scale() * 100, plan.cooperatives().size(), plan.members().size(),
                plan.requests().size(), plan.requests().stream().filter(r -> fes.equals(r.regionCode())).count(),
                plan.requests().stream().mapToInt(r -> r.steps().size()).sum(), late, plan.trainings().size(),
                plan.trainings().stream().mapToInt(t -> t.seats().size()).sum());
    }
}
