package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurFilter;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurRow;
import ma.gov.social.jisr.women.api.empowerment.Registration;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/** Registered women: once each (the unique key decides between two clerks registering her at once). */
@ApplicationScoped
public class Registrations {

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private PersonDirectory persons;

    long register(Registration r) {
        if (r == null || r.kind() == null) {
            throw new JisrException("emp.reg.kindRequired");
        }
        if (r.sector() == null) {
            throw new JisrException("emp.sector.required");
        }
        String activity = EmpowermentRules.text(r.activity(), 300, null);
        LocalDate on = EmpowermentRules.past(r.registeredOn(), LocalDate.now(), "emp.reg.dateRequired");
        PersonCard woman = persons.card(r.personId()).orElseThrow(() -> new JisrException("emp.person.unknown"));
        if (woman.sex() != Sex.FEMALE) {
            throw new JisrException("emp.reg.notAWoman");
        }
        String region = scope.regionOfOwnProvince(r.provinceCode(), "emp-registration");
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_emp_seq)");
        int added = sql.update("insert ignore into wom_emp_registration (id, person_id, kind, sector, activity,"
                + " region_code, province_code, registered_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)", id, woman.id(), r.kind(), r.sector(), activity, region, r.provinceCode(), on,
                LocalDateTime.now(), scope.username());
        if (added == 0) {
            LocalDate since = sql.one("select registered_on from wom_emp_registration where person_id = ?",
                    x -> x.date("registered_on"), woman.id()).orElse(null);
            throw new JisrException("emp.reg.twice", woman.fullName(), since);
        }
        scope.changed("emp-registration", id, AuditAction.CREATE, region, r.provinceCode(), r.kind().name());
        return id;
    }

    List<EntrepreneurRow> list(EntrepreneurFilter f, PageRequest page) {
        EmpWhere where = where(f);
        String order = where.newestFirst(page, "registered_on");
        List<Object> params = new ArrayList<>();
        String select = select(params);
        params.addAll(where.params());
        return named(new Sql(dataSource).list(select + where.sql() + order, Registrations::row, params.toArray()));
    }

    long count(EntrepreneurFilter f) {
        EmpWhere where = where(f);
        scope.listed("emp-registration-list", String.valueOf(f));
        return new Sql(dataSource).number("select count(*) from wom_emp_registration g" + where.sql(), where.array());
    }

    /** Her registration, if she is registered and within the caller's territory. */
    EntrepreneurRow of(long personId) {
        List<Object> params = new ArrayList<>();
        String select = select(params);
        params.add(personId);
        EntrepreneurRow row = named(new Sql(dataSource).list(select + " where g.person_id = ?", Registrations::row,
                params.toArray())).stream().findFirst().orElseThrow(() -> new JisrException("emp.reg.notRegistered"));
        scope.opens("emp-registration", row.id(), row.regionCode(), row.provinceCode());
        return row;
    }

    /** Her registration within the caller's territory, or null: no refusal, for a page that only mentions it. */
    EntrepreneurRow find(long personId) {
        EmpWhere where = new EmpWhere(scope.scope(), "g").raw("g.person_id = ?", personId);
        List<Object> params = new ArrayList<>();
        String select = select(params);
        params.addAll(where.params());
        return named(new Sql(dataSource).list(select + where.sql(), Registrations::row, params.toArray())).stream()
                .findFirst().orElse(null);
    }

    /**
     * A registration with how many requests and sessions she has within the caller's territory (a list must
     * not tell of records the reader may not open); the territory's values go first into {@code params}.
     */
    private String select(List<Object> params) {
        String within = switch (scope.scope().level()) {
            case NATIONAL -> "";
            case REGION -> " and %s.region_code = ?";
            case PROVINCE -> " and %s.province_code = ?";
        };
        if (!within.isEmpty()) {
            params.add(scope.scope().code());
            params.add(scope.scope().code());
        }
        return "select g.*, (select count(*) from wom_emp_request q where q.person_id = g.person_id"
                + within.formatted("q") + ") requests, (select count(*) from wom_emp_seat s join wom_emp_training t"
                + " on t.id = s.training_id where s.person_id = g.person_id" + within.formatted("t") + ") trainings"
                + " from wom_emp_registration g";
    }

    boolean registered(long personId) {
        return new Sql(dataSource).number("select count(*) from wom_emp_registration where person_id = ?",
                personId) > 0;
    }

    private EmpWhere where(EntrepreneurFilter f) {
        EntrepreneurFilter filter = f == null ? EntrepreneurFilter.all() : f;
        return new EmpWhere(scope.scope(), "g").and("region_code = ?", scope.region(filter.regionCode(),
                "emp-registration")).and("province_code = ?", filter.provinceCode()).and("kind = ?", filter.kind())
                .and("sector = ?", filter.sector());
    }

    private List<EntrepreneurRow> named(List<EntrepreneurRow> rows) {
        Map<Long, PersonCard> cards = persons.cards(rows.stream().map(EntrepreneurRow::personId).toList());
        return rows.stream().map(r -> {
            PersonCard c = cards.get(r.personId());
            return new EntrepreneurRow(r.id(), r.personId(), c == null ? "" : c.fullName(),
                    c == null ? null : c.nationalId(), r.kind(), r.sector(), r.activity(), r.regionCode(),
                    r.provinceCode(), r.registeredOn(), r.requests(), r.trainings());
        }).toList();
    }

    private static EntrepreneurRow row(Row r) throws SQLException {
        return new EntrepreneurRow(r.number("id"), r.number("person_id"), null, null,
                r.enumValue("kind", EntrepreneurKind.class), r.enumValue("sector", Sector.class), r.string("activity"),
                r.string("region_code"), r.string("province_code"), r.date("registered_on"), r.integer("requests"),
                r.integer("trainings"));
    }
}
