package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.empowerment.Seat;
import ma.gov.social.jisr.women.api.empowerment.TrainingData;
import ma.gov.social.jisr.women.api.empowerment.TrainingKind;
import ma.gov.social.jisr.women.api.empowerment.TrainingRow;

/**
 * Training sessions and their seats. Enrolling locks the session's row first, so two clerks filling the last
 * seat at once cannot both pass; attendance is the set of registered women who came, never beyond capacity.
 */
@ApplicationScoped
public class Trainings {
    static final String ROW = "select t.*, (select count(*) from wom_emp_seat s where s.training_id = t.id)"
            + " registered, (select count(*) from wom_emp_seat s where s.training_id = t.id and s.attended) attended"
            + " from wom_emp_training t";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private PersonDirectory persons;
    @Inject
    private Registrations registrations;

    long create(TrainingData d) {
        if (d == null || d.kind() == null) {
            throw new JisrException("emp.training.kindRequired");
        }
        String topic = EmpowermentRules.text(d.topic(), 200, "emp.training.topicRequired");
        String place = EmpowermentRules.text(d.place(), 200, "emp.training.placeRequired");
        String trainer = EmpowermentRules.text(d.trainer(), 120, "emp.training.trainerRequired");
        if (d.heldOn() == null) {
            throw new JisrException("emp.training.dateRequired");
        }
        EmpowermentRules.capacity(d.capacity());
        String region = scope.regionOfOwnProvince(d.provinceCode(), "emp-training");
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_emp_seq)");
        sql.update("insert into wom_emp_training (id, kind, topic, held_on, place, trainer, capacity, region_code,"
                + " province_code, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, d.kind(),
                topic, d.heldOn(), place, trainer, d.capacity(), region, d.provinceCode(), LocalDateTime.now(),
                scope.username());
        scope.changed("emp-training", id, AuditAction.CREATE, region, d.provinceCode(), topic);
        return id;
    }

    List<TrainingRow> list(String provinceCode, LocalDate from, LocalDate to) {
        EmpWhere where = new EmpWhere(scope.scope(), "t").and("province_code = ?", provinceCode)
                .and("held_on >= ?", from).and("held_on <= ?", to);
        return new Sql(dataSource).list(ROW + where.sql() + " order by t.held_on desc, t.id desc limit ?",
                Trainings::row, where.limited());
    }

    TrainingRow get(long id) {
        TrainingRow t = new Sql(dataSource).one(ROW + " where t.id = ?", Trainings::row, id)
                .orElseThrow(() -> new JisrException("emp.notFound"));
        scope.opens("emp-training", id, t.regionCode(), t.provinceCode());
        return t;
    }

    List<Seat> seats(long id) {
        TrainingRow t = get(id);
        List<Named.Pair<Boolean>> raw = new Sql(dataSource).list("select person_id, attended from wom_emp_seat"
                + " where training_id = ? order by registered_at, person_id", r -> new Named.Pair<>(
                r.number("person_id"), r.flag("attended")), id);
        scope.read("emp-training", id, t.regionCode(), t.provinceCode());
        return Named.of(persons, raw, Seat::new);
    }

    /** Her sessions within the caller's territory, newest first, each with whether she came. */
    List<Object[]> of(long personId) {
        EmpWhere where = new EmpWhere(scope.scope(), "t").raw("s.person_id = ?", personId);
        return new Sql(dataSource).list(ROW.replace(" from wom_emp_training t", ", s.attended came from"
                + " wom_emp_training t join wom_emp_seat s on s.training_id = t.id") + where.sql()
                + " order by t.held_on desc", r -> new Object[] {row(r), r.flag("came")}, where.array());
    }

    void enrol(long id, long personId) {
        Sql sql = new Sql(dataSource);
        TrainingRow t = locked(sql, id);
        PersonCard woman = persons.card(personId).orElseThrow(() -> new JisrException("emp.person.unknown"));
        if (!registrations.registered(woman.id())) {
            throw new JisrException("emp.training.notRegistered", woman.fullName());
        }
        EmpowermentRules.capacity(t.registered() + 1, t.capacity());
        int added = sql.update("insert ignore into wom_emp_seat (training_id, person_id, registered_at, attended,"
                + " recorded_by) values (?, ?, ?, false, ?)", id, woman.id(), LocalDateTime.now(), scope.username());
        if (added == 0) {
            throw new JisrException("emp.training.twice", woman.fullName());
        }
        scope.changed("emp-training", id, AuditAction.UPDATE, t.regionCode(), t.provinceCode(), "seat " + woman.id());
    }

    void attendance(long id, List<Long> attended) {
        Sql sql = new Sql(dataSource);
        TrainingRow t = locked(sql, id);
        Set<Long> came = new HashSet<>(attended == null ? List.of() : attended);
        EmpowermentRules.capacity(came.size(), t.capacity());
        if (t.heldOn().isAfter(LocalDate.now()) && !came.isEmpty()) {
            throw new JisrException("emp.training.notYet", t.heldOn());
        }
        Set<Long> seated = new HashSet<>(sql.list("select person_id from wom_emp_seat where training_id = ?",
                r -> r.number("person_id"), id));
        if (!seated.containsAll(came)) {
            throw new JisrException("emp.training.notSeated");
        }
        sql.update("update wom_emp_seat set attended = false where training_id = ?", id);
        if (!came.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(came.size(), "?"));
            Object[] params = java.util.stream.Stream.concat(java.util.stream.Stream.of((Object) id), came.stream())
                    .toArray();
            sql.update("update wom_emp_seat set attended = true where training_id = ? and person_id in (" + marks
                    + ")", params);
        }
        scope.changed("emp-training", id, AuditAction.UPDATE, t.regionCode(), t.provinceCode(),
                "attended " + came.size());
    }

    private TrainingRow locked(Sql sql, long id) {
        sql.list("select id from wom_emp_training where id = ? for update", r -> r.number("id"), id);
        return get(id);
    }

    static TrainingRow row(Row r) throws SQLException {
        return new TrainingRow(r.number("id"), r.enumValue("kind", TrainingKind.class), r.string("topic"),
                r.date("held_on"), r.string("place"), r.string("trainer"), r.integer("capacity"),
                r.string("region_code"), r.string("province_code"), r.integer("registered"), r.integer("attended"));
    }
}
