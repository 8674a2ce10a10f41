package ma.gov.social.jisr.casework.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import ma.gov.social.jisr.casework.api.CaseFilter;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * A module's case list in SQL: newest first, the page's ids found on an index alone, then only those rows
 * read. The territory is always part of the condition, and a restricted case shows only to the two people
 * it is restricted to (and, without a name, to supervising roles, who may break the glass). Names are
 * added afterwards, only for the cases the caller handles.
 */
final class CaseListQuery {
    static final String COLUMNS = "c.id, c.reference, c.person_id, c.initials, c.province_code, c.step,"
            + " c.opened_on, c.worker, c.supervisor, c.restricted, c.triage, c.attention, c.next_follow_up,"
            + " c.referral_due";

    private static final String ORDER = " order by c.opened_on desc, c.id desc";

    private final StringBuilder where = new StringBuilder(" where module = ?");
    private final List<Object> params = new ArrayList<>();

    private CaseListQuery(String module, TerritorialScope scope, String me, boolean seesRestricted) {
        params.add(module);
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> add("region_code = ?", scope.code());
            case PROVINCE -> add("province_code = ?", scope.code());
        }
        if (!seesRestricted) {
            where.append(" and (restricted = false or worker = ? or supervisor = ?)");
            params.add(me);
            params.add(me);
        }
    }

    /** {@code seesRestricted}: a supervising role, who sees that restricted cases exist (not whose). */
    static CaseListQuery list(CaseFilter f, TerritorialScope scope, String me, boolean seesRestricted) {
        CaseListQuery q = new CaseListQuery(f.module(), scope, me, seesRestricted);
        if (notBlank(f.regionCode())) {
            q.add("region_code = ?", f.regionCode());
        }
        if (notBlank(f.provinceCode())) {
            q.add("province_code = ?", f.provinceCode());
        }
        if (f.step() != null) {
            q.add("step = ?", f.step().name());
        }
        if (notBlank(f.triage())) {
            q.add("triage = ?", f.triage());
        }
        if (f.mine()) {
            q.where.append(" and (worker = ? or supervisor = ?)");
            q.params.add(me);
            q.params.add(me);
        }
        if (notBlank(f.reference())) {
            q.add("reference = ?", f.reference().strip().toUpperCase());
        }
        return q;
    }

    /** The supervisor's list: open cases they supervise that wait on someone. */
    static CaseListQuery supervision(String module, TerritorialScope scope, String me, LocalDate today) {
        CaseListQuery q = new CaseListQuery(module, scope, me, true);
        q.add("supervisor = ?", me);
        q.where.append(" and step <> 'CLOSED' and (next_follow_up < ? or referral_due < ? or attention is not null)");
        q.params.add(today);
        q.params.add(today);
        return q;
    }

    private void add(String clause, Object value) {
        where.append(" and ").append(clause);
        params.add(value);
    }

    /** The page's SQL, parameters last (offset, limit): also what the benchmark compares against. */
    String pageSql() {
        return "select " + COLUMNS + " from cas_case c join (select id from cas_case" + where
                + " order by opened_on desc, id desc limit ?, ?) k on k.id = c.id" + ORDER;
    }

    /** The next page's SQL: a seek past the last row shown, parameters last (day, day, id, limit). */
    String seekSql() {
        return "select " + COLUMNS + " from cas_case c join (select id from cas_case" + where
                + " and opened_on <= ? and (opened_on < ? or id < ?) order by opened_on desc, id desc limit ?) k"
                + " on k.id = c.id" + ORDER;
    }

    Object[] pageParams(int offset, int limit) {
        return with(offset, limit);
    }

    /** A page: sought past {@code after} when the user moved one page on, else counted off by offset. */
    List<Raw> rows(Sql sql, PageRequest page) {
        PageKey after = page.after();
        if (after != null && after.values().size() == 1 && after.values().get(0) instanceof LocalDate day) {
            return sql.list(seekSql(), CaseListQuery::raw, with(day, day, after.id(), page.limit()));
        }
        return sql.list(pageSql(), CaseListQuery::raw, pageParams(page.offset(), page.limit()));
    }

    private Object[] with(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }

    long count(Sql sql) {
        return sql.number("select count(*) from (select 1 from cas_case" + where + " limit "
                + (CaseService.COUNT_LIMIT + 1) + ") t", params.toArray());
    }

    /** Export rows in id order after {@code lastId}: memory stays flat whatever the list's size. */
    List<Raw> after(Sql sql, long lastId, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(lastId);
        all.add(limit);
        return sql.list("select " + COLUMNS + " from cas_case c" + where + " and id > ? order by id limit ?",
                CaseListQuery::raw, all.toArray());
    }

    /** A row before names are decided. */
    record Raw(long id, String reference, long personId, String initials, String provinceCode, CaseStep step,
               LocalDate openedOn, String worker, String supervisor, boolean restricted, String triage,
               String attention, LocalDate nextFollowUp, LocalDate referralDue) {
        CaseRow row(String name, boolean named) {
            return new CaseRow(id, reference, named ? name : initials, named, provinceCode, step, openedOn, worker,
                    restricted, triage, attention, nextFollowUp, referralDue);
        }
    }

    static Raw raw(Row r) throws SQLException {
        return new Raw(r.number("id"), r.string("reference"), r.number("person_id"), r.string("initials"),
                r.string("province_code"), r.enumValue("step", CaseStep.class), r.date("opened_on"),
                r.string("worker"), r.string("supervisor"), r.flag("restricted"), r.string("triage"),
                r.string("attention"), r.date("next_follow_up"), r.date("referral_due"));
    }

    static String describe(CaseFilter f) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        if (notBlank(f.regionCode())) {
            text.add("region=" + f.regionCode());
        }
        if (notBlank(f.provinceCode())) {
            text.add("province=" + f.provinceCode());
        }
        if (f.step() != null) {
            text.add("step=" + f.step());
        }
        if (notBlank(f.triage())) {
            text.add("triage=" + f.triage());
        }
        if (f.mine()) {
            text.add("mine");
        }
        if (notBlank(f.reference())) {
            text.add("reference=" + f.reference().strip());
        }
        return text.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
