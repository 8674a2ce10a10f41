package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;
import ma.gov.social.jisr.women.api.empowerment.RequestData;
import ma.gov.social.jisr.women.api.empowerment.RequestFilter;
import ma.gov.social.jisr.women.api.empowerment.RequestRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.api.empowerment.Sector;

/**
 * Funding requests: received from registered women, listed newest first by key, counted once, on a board by
 * stage. Names come from the persons registry, one read per page.
 */
@ApplicationScoped
public class Requests {
    static final String RECORD = "emp-request";
    private static final String COLUMNS = "select q.id, q.person_id, q.idea, q.sector, q.amount_asked, q.region_code,"
            + " q.province_code, q.received_on, q.stage, q.programme, q.financed_amount, q.adviser"
            + " from wom_emp_request q";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private PersonDirectory persons;
    @Inject
    private Registrations registrations;
    @Inject
    private Cooperatives cooperatives;

    long submit(RequestData d) {
        if (d == null) {
            throw new JisrException("emp.person.unknown");
        }
        String idea = EmpowermentRules.text(d.idea(), 1000, "emp.req.ideaRequired");
        if (d.sector() == null) {
            throw new JisrException("emp.sector.required");
        }
        EmpowermentRules.amount(d.amountAsked(), "emp.req.amount");
        LocalDate on = EmpowermentRules.past(d.receivedOn(), LocalDate.now(), "emp.req.dateRequired");
        String region = scope.regionOfOwnProvince(d.provinceCode(), RECORD);
        PersonCard woman = persons.card(d.personId()).orElseThrow(() -> new JisrException("emp.person.unknown"));
        if (!registrations.registered(woman.id())) {
            throw new JisrException("emp.req.notRegistered", woman.fullName());
        }
        if (d.cooperativeId() != null) {
            cooperatives.checkMember(d.cooperativeId(), woman.id());
        }
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_emp_seq)");
        sql.update("insert into wom_emp_request (id, person_id, cooperative_id, idea, sector, amount_asked,"
                + " region_code, province_code, received_on, stage, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, 'RECEIVED', ?, ?)", id, woman.id(), d.cooperativeId(), idea, d.sector(),
                d.amountAsked(), region, d.provinceCode(), on, LocalDateTime.now(), scope.username());
        scope.changed(RECORD, id, AuditAction.CREATE, region, d.provinceCode(), d.amountAsked().toString());
        return id;
    }

    List<RequestRow> list(RequestFilter f, PageRequest page) {
        EmpWhere where = where(f);
        String order = where.newestFirst(page, "received_on");
        return named(new Sql(dataSource).list(COLUMNS + where.sql() + order, Requests::row, where.array()));
    }

    /** Exact up to {@link ProjectRequestService#COUNT_LIMIT}, then that limit plus one ("more"). */
    long count(RequestFilter f) {
        EmpWhere where = where(f);
        scope.listed("emp-request-list", String.valueOf(f));
        List<Object> params = new ArrayList<>(where.params());
        params.add(ProjectRequestService.COUNT_LIMIT + 1);
        return new Sql(dataSource).number("select count(*) from (select 1 from wom_emp_request q" + where.sql()
                + " limit ?) c", params.toArray());
    }

    Map<RequestStage, Long> stages(RequestFilter f) {
        EmpWhere where = where(f.withStage(null));
        scope.listed("emp-request-board", String.valueOf(f));
        Map<RequestStage, Long> counts = new EnumMap<>(RequestStage.class);
        for (RequestStage s : RequestStage.values()) {
            counts.put(s, 0L);
        }
        new Sql(dataSource).list("select q.stage, count(*) n from wom_emp_request q" + where.sql()
                + " group by q.stage", r -> counts.put(r.enumValue("stage", RequestStage.class), r.number("n")),
                where.array());
        return counts;
    }

    /** A request's state, locked for a change when {@code forUpdate}, after the territory check. */
    State state(long id, boolean forUpdate) {
        State s = new Sql(dataSource).one("select * from wom_emp_request where id = ?" + (forUpdate ? " for update"
                : ""), Requests::state, id).orElseThrow(() -> new JisrException("emp.notFound"));
        scope.opens(RECORD, id, s.regionCode(), s.provinceCode());
        return s;
    }

    /** What the acts on a request check and change. */
    record State(long id, long version, long personId, Long cooperativeId, RequestStage stage,
                 ma.gov.social.jisr.platform.api.value.Dirhams amountAsked, String regionCode, String provinceCode,
                 String adviser, LocalDate receivedOn, LocalDate decidedOn) {
    }

    private EmpWhere where(RequestFilter f) {
        RequestFilter filter = f == null ? RequestFilter.all() : f;
        return new EmpWhere(scope.scope(), "q").and("region_code = ?", scope.region(filter.regionCode(), RECORD))
                .and("province_code = ?", filter.provinceCode()).and("stage = ?", filter.stage())
                .and("sector = ?", filter.sector()).and("programme = ?", filter.programme());
    }

    List<RequestRow> named(List<RequestRow> rows) {
        Map<Long, PersonCard> cards = persons.cards(rows.stream().map(RequestRow::personId).distinct().toList());
        return rows.stream().map(r -> {
            PersonCard c = cards.get(r.personId());
            return new RequestRow(r.id(), r.personId(), c == null ? "" : c.fullName(), r.idea(), r.sector(),
                    r.amountAsked(), r.regionCode(), r.provinceCode(), r.receivedOn(), r.stage(), r.programme(),
                    r.financedAmount(), r.adviser());
        }).toList();
    }

    /** Her requests within the caller's territory. */
    List<RequestRow> of(long personId) {
        EmpWhere where = new EmpWhere(scope.scope(), "q").raw("q.person_id = ?", personId);
        return named(new Sql(dataSource).list(COLUMNS + where.sql() + " order by q.received_on desc, q.id desc",
                Requests::row, where.array()));
    }

    static RequestRow row(Row r) throws SQLException {
        return new RequestRow(r.number("id"), r.number("person_id"), null, r.string("idea"),
                r.enumValue("sector", Sector.class), r.dirhams("amount_asked"), r.string("region_code"),
                r.string("province_code"), r.date("received_on"), r.enumValue("stage", RequestStage.class),
                r.enumValue("programme", Programme.class), r.dirhams("financed_amount"), r.string("adviser"));
    }

    private static State state(Row r) throws SQLException {
        return new State(r.number("id"), r.integer("version"), r.number("person_id"), r.nullableNumber("cooperative_id"),
                r.enumValue("stage", RequestStage.class), r.dirhams("amount_asked"), r.string("region_code"),
                r.string("province_code"), r.string("adviser"), r.date("received_on"), r.date("decided_on"));
    }
}
