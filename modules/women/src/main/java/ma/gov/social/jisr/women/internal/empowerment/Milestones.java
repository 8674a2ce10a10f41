package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.empowerment.LateMilestone;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.MilestoneRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;

/** The accompaniment's six milestones of a request: planned, reached in order, late on the adviser's list. */
@ApplicationScoped
public class Milestones {
    private static final int LATE_LIMIT = 500;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private Requests requests;
    @Inject
    private RequestActs acts;
    @Inject
    private PersonDirectory persons;

    void plan(long id, long version, String adviser, Map<Milestone, LocalDate> planned) {
        Requests.State s = requests.state(id, true);
        if (s.version() != version) {
            throw new ma.gov.social.jisr.platform.api.JisrException("emp.stale");
        }
        EmpowermentRules.plannable(s.stage());
        Map<Milestone, LocalDate> days = EmpowermentRules.plan(byStep(id), planned == null ? Map.of() : planned);
        String who = adviser == null || adviser.isBlank() ? s.adviser() : acts.adviser(adviser, s);
        if (who == null) {
            throw new ma.gov.social.jisr.platform.api.JisrException("emp.decision.adviser");
        }
        List<Object[]> rows = new ArrayList<>();
        days.forEach((step, day) -> rows.add(new Object[] {id, step.position(), step, day, scope.username()}));
        Sql sql = new Sql(dataSource);
        sql.batch("insert into wom_emp_milestone (request_id, position, step, planned_on, recorded_by) values (?, ?,"
                + " ?, ?, ?) on duplicate key update planned_on = values(planned_on), recorded_by ="
                + " values(recorded_by)", rows);
        sql.update("update wom_emp_request set adviser = ?, version = version + 1 where id = ?", who, id);
        scope.changed(Requests.RECORD, id, AuditAction.UPDATE, s.regionCode(), s.provinceCode(), "plan " + who);
    }

    void reach(long id, Milestone step, LocalDate on, Boolean stillActive, String note) {
        Requests.State s = requests.state(id, true);
        EmpowermentRules.reach(s.stage(), byStep(id), step, on, stillActive, LocalDate.now());
        Sql sql = new Sql(dataSource);
        sql.update("update wom_emp_milestone set done_on = ?, still_active = ?, note = ?, recorded_by = ? where"
                + " request_id = ? and position = ?", on, step == Milestone.FOLLOW_UP ? stillActive : null,
                EmpowermentRules.text(note, 500, null), scope.username(), id, step.position());
        sql.update("update wom_emp_request set stage = ?, version = version + 1 where id = ?",
                step == Milestone.LAUNCH ? RequestStage.LAUNCHED : s.stage(), id);
        scope.changed(Requests.RECORD, id, AuditAction.UPDATE, s.regionCode(), s.provinceCode(), "reached " + step);
    }

    List<MilestoneRow> of(long requestId) {
        LocalDate today = LocalDate.now();
        return new Sql(dataSource).list("select m.*, q.stage from wom_emp_milestone m join wom_emp_request q on q.id ="
                + " m.request_id where m.request_id = ? order by m.position", r -> row(r, today), requestId);
    }

    /** Her requests' milestones, within the caller's territory. */
    List<MilestoneRow> ofPerson(long personId) {
        LocalDate today = LocalDate.now();
        EmpWhere where = new EmpWhere(scope.scope(), "q").raw("q.person_id = ?", personId);
        return new Sql(dataSource).list("select m.*, q.stage from wom_emp_milestone m join wom_emp_request q on q.id ="
                + " m.request_id" + where.sql() + " order by q.received_on desc, m.request_id, m.position",
                r -> row(r, today), where.array());
    }

    List<LateMilestone> late(boolean mineOnly) {
        LocalDate today = LocalDate.now();
        // a rejected request's plan is over: its milestones are no one's to reach
        EmpWhere where = new EmpWhere(scope.scope(), "q").raw("m.done_on is null and m.planned_on < ? and q.stage <>"
                + " 'REJECTED'", today);
        if (mineOnly) {
            where.raw("q.adviser = ?", scope.username());
        }
        List<Object> params = new ArrayList<>(where.params());
        params.add(LATE_LIMIT);
        scope.listed("emp-late-list", mineOnly ? "mine" : "territory");
        record Late(long personId, LateMilestone milestone) {
        }
        List<Late> rows = new Sql(dataSource).list("select m.request_id, m.position, m.planned_on, q.person_id,"
                + " q.idea, q.province_code, q.adviser from wom_emp_milestone m join wom_emp_request q on q.id ="
                + " m.request_id" + where.sql() + " order by m.planned_on, m.request_id limit ?",
                r -> new Late(r.number("person_id"), new LateMilestone(r.number("request_id"), null, r.string("idea"),
                        r.string("province_code"), Milestone.at(r.integer("position")), r.date("planned_on"),
                        ChronoUnit.DAYS.between(r.date("planned_on"), today), r.string("adviser"))),
                params.toArray());
        Map<Long, PersonCard> cards = persons.cards(rows.stream().map(Late::personId).distinct().toList());
        return rows.stream().map(x -> {
            PersonCard c = cards.get(x.personId());
            LateMilestone l = x.milestone();
            return new LateMilestone(l.requestId(), c == null ? "" : c.fullName(), l.idea(), l.provinceCode(),
                    l.step(), l.plannedOn(), l.daysLate(), l.adviser());
        }).toList();
    }

    private Map<Milestone, MilestoneRow> byStep(long requestId) {
        Map<Milestone, MilestoneRow> map = new EnumMap<>(Milestone.class);
        of(requestId).forEach(m -> map.put(m.step(), m));
        return map;
    }

    private static MilestoneRow row(Row r, LocalDate today) throws SQLException {
        LocalDate planned = r.date("planned_on");
        LocalDate done = r.date("done_on");
        Boolean active = r.string("still_active") == null ? null : r.flag("still_active");
        return new MilestoneRow(r.number("request_id"), Milestone.at(r.integer("position")), planned, done, active,
                r.string("note"), !"REJECTED".equals(r.string("stage")) && EmpowermentRules.late(planned, done, today));
    }
}
