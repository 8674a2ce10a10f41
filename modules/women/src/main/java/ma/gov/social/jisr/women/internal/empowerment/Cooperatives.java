package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.empowerment.CooperativeData;
import ma.gov.social.jisr.women.api.empowerment.CooperativeRow;
import ma.gov.social.jisr.women.api.empowerment.Member;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/** Women's cooperatives and their members: a registration number once, a member once per cooperative. */
@ApplicationScoped
public class Cooperatives {
    private static final String ROW = "select c.*, (select count(*) from wom_emp_member m where m.cooperative_id ="
            + " c.id) members from wom_emp_cooperative c";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private PersonDirectory persons;
    @Inject
    private Registrations registrations;

    long create(CooperativeData d) {
        if (d == null) {
            throw new JisrException("emp.coop.nameRequired");
        }
        String name = EmpowermentRules.text(d.name(), 200, "emp.coop.nameRequired");
        String number = EmpowermentRules.text(d.registrationNo(), 40, "emp.coop.numberRequired");
        if (d.sector() == null) {
            throw new JisrException("emp.sector.required");
        }
        if (d.foundedOn() != null) {
            EmpowermentRules.past(d.foundedOn(), LocalDate.now(), "emp.coop.foundedOnInvalid");
        }
        String region = scope.regionOfOwnProvince(d.provinceCode(), "emp-cooperative");
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_emp_seq)");
        int added = sql.update("insert ignore into wom_emp_cooperative (id, name, registration_no, sector,"
                + " region_code, province_code, founded_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, name, number, d.sector(), region, d.provinceCode(), d.foundedOn(), LocalDateTime.now(),
                scope.username());
        if (added == 0) {
            throw new JisrException("emp.coop.numberTwice", number);
        }
        scope.changed("emp-cooperative", id, AuditAction.CREATE, region, d.provinceCode(), number);
        return id;
    }

    List<CooperativeRow> list(String provinceCode, String text) {
        EmpWhere where = new EmpWhere(scope.scope(), "c").and("province_code = ?", provinceCode);
        if (text != null && !text.isBlank()) {
            String like = "%" + Sql.likeLiteral(text.strip()) + "%";
            where.raw("(c.name like ? or c.registration_no like ?)", like, like);
        }
        return new Sql(dataSource).list(ROW + where.sql() + " order by c.province_code, c.name limit ?",
                Cooperatives::row, where.limited());
    }

    CooperativeRow get(long id) {
        CooperativeRow c = new Sql(dataSource).one(ROW + " where c.id = ?", Cooperatives::row, id)
                .orElseThrow(() -> new JisrException("emp.notFound"));
        scope.opens("emp-cooperative", id, c.regionCode(), c.provinceCode());
        return c;
    }

    List<Member> members(long id) {
        CooperativeRow c = get(id);
        List<Named.Pair<LocalDate>> raw = new Sql(dataSource).list("select person_id, joined_on from wom_emp_member"
                + " where cooperative_id = ? order by joined_on, person_id", r -> new Named.Pair<>(
                r.number("person_id"), r.date("joined_on")), id);
        scope.read("emp-cooperative", id, c.regionCode(), c.provinceCode());
        return Named.of(persons, raw, Member::new);
    }

    /** Her cooperatives, within the caller's territory. */
    List<CooperativeRow> of(long personId) {
        EmpWhere where = new EmpWhere(scope.scope(), "c").raw("c.id in (select cooperative_id from wom_emp_member"
                + " where person_id = ?)", personId);
        return new Sql(dataSource).list(ROW + where.sql() + " order by c.name", Cooperatives::row, where.array());
    }

    void addMember(long cooperativeId, long personId, LocalDate joinedOn) {
        CooperativeRow c = get(cooperativeId);
        EmpowermentRules.past(joinedOn, LocalDate.now(), "emp.coop.joinedOnRequired");
        PersonCard woman = persons.card(personId).orElseThrow(() -> new JisrException("emp.person.unknown"));
        if (!registrations.registered(woman.id())) {
            throw new JisrException("emp.coop.notRegistered", woman.fullName());
        }
        int added = new Sql(dataSource).update("insert ignore into wom_emp_member (cooperative_id, person_id,"
                + " joined_on, recorded_by) values (?, ?, ?, ?)", cooperativeId, woman.id(), joinedOn,
                scope.username());
        if (added == 0) {
            throw new JisrException("emp.coop.memberTwice", woman.fullName(), c.name());
        }
        scope.changed("emp-cooperative", cooperativeId, AuditAction.UPDATE, c.regionCode(), c.provinceCode(),
                "member " + woman.id());
    }

    /** A cooperative a request names: within the territory, and the woman one of its members. */
    void checkMember(long cooperativeId, long personId) {
        CooperativeRow c = get(cooperativeId);
        if (new Sql(dataSource).number("select count(*) from wom_emp_member where cooperative_id = ? and"
                + " person_id = ?", cooperativeId, personId) == 0) {
            throw new JisrException("emp.req.notMember", c.name());
        }
    }

    private static CooperativeRow row(Row r) throws SQLException {
        return new CooperativeRow(r.number("id"), r.string("name"), r.string("registration_no"),
                r.enumValue("sector", Sector.class), r.string("region_code"), r.string("province_code"),
                r.date("founded_on"), r.integer("members"));
    }
}
