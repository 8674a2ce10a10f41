package ma.gov.social.jisr.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.sql.RowMapper;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.value.NationalId;

/**
 * The persons list in SQL, because a page deep in a million rows must stay fast: the page's ids are
 * found on an index alone (a "deferred join"), then only those rows are read. The next page seeks past
 * the previous page's last row on the same index instead of counting off the rows before it. The territory
 * is always part of the condition.
 */
final class PersonListQuery {
    static final String COLUMNS = "p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
            + " p.sex, p.birth_date, p.birth_year, p.cin, p.province_code";
    static final RowMapper<PersonRow> ROW = r -> new PersonRow(r.number("id"), r.string("first_name_ar"),
            r.string("last_name_ar"), r.string("first_name_lat"), r.string("last_name_lat"),
            r.enumValue("sex", Sex.class), r.date("birth_date"), r.nullableInteger("birth_year"), r.string("cin"),
            r.string("province_code"));
    /** Each sort's columns, id last; {@link PersonRow#keyUnder} gives a row's values in the same order. */
    private static final Map<String, List<String>> SORTS = Map.of(
            "lastNameLatin", List.of("last_name_lat", "first_name_lat", "id"),
            "lastNameAr", List.of("last_name_ar", "first_name_ar", "id"),
            "birthYear", List.of("birth_year", "id"),
            "id", List.of("id"));

    private final StringBuilder where = new StringBuilder(" where merged_into is null");
    private final List<Object> params = new ArrayList<>();

    PersonListQuery(PersonFilter f, TerritorialScope scope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> add("region_code = ?", scope.code());
            case PROVINCE -> add("province_code = ?", scope.code());
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            add("region_code = ?", f.regionCode());
        }
        if (f.provinceCode() != null && !f.provinceCode().isBlank()) {
            add("province_code = ?", f.provinceCode());
        }
        if (f.sex() != null) {
            add("sex = ?", f.sex().name());
        }
        if (f.bornFrom() != null) {
            add("birth_year >= ?", f.bornFrom());
        }
        if (f.bornTo() != null) {
            add("birth_year <= ?", f.bornTo());
        }
        String text = f.text() == null ? "" : f.text().trim();
        if (!text.isEmpty()) {
            var cin = text.matches(".*\\d.*") ? NationalId.parse(text) : java.util.Optional.<NationalId>empty();
            if (cin.isPresent()) {
                add("cin = ?", cin.get().value());
            } else {
                String prefix = Sql.likeLiteral(text) + "%";
                // the name keys also find a family name spelled another way (Wazzani for Ouazzani)
                where.append(" and (last_name_lat like ? or last_name_ar like ? or last_key = ? or last_key_ar = ?)");
                params.add(prefix);
                params.add(prefix);
                params.add(PersonNames.latinKey(text));
                params.add(PersonNames.arabicKey(text));
            }
        }
    }

    /** The filter as the audit log keeps it: only what was set (a typed name or CIN is kept as typed). */
    static String describe(PersonFilter f) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        String[] names = {"text", "region", "province", "sex", "bornFrom", "bornTo"};
        Object[] values = {f.text(), f.regionCode(), f.provinceCode(), f.sex(), f.bornFrom(), f.bornTo()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !values[i].toString().isBlank()) {
                text.add(names[i] + "=" + values[i].toString().trim());
            }
        }
        return text.toString();
    }

    private void add(String clause, Object value) {
        where.append(" and ").append(clause);
        params.add(value);
    }

    static List<String> sortColumns(String sortField) {
        return SORTS.getOrDefault(sortField == null ? "" : sortField, SORTS.get("lastNameLatin"));
    }

    /** The page's SQL, with its parameters last (offset, limit): also what the benchmark compares against. */
    String pageSql(String sortField, boolean ascending) {
        return pageSql(sortField, ascending, "", " limit ?, ?");
    }

    /**
     * The next page's SQL, seeking past the previous page's last row: the filter's parameters, then the
     * key's ({@link #seekParams}), then the limit.
     */
    String seekSql(String sortField, boolean ascending) {
        return pageSql(sortField, ascending, seek(sortColumns(sortField), ascending ? ">" : "<"), " limit ?");
    }

    private String pageSql(String sortField, boolean ascending, String seek, String limit) {
        List<String> columns = sortColumns(sortField);
        String direction = ascending ? " asc" : " desc";
        return "select " + COLUMNS + " from ppl_person p join (select id from ppl_person" + where + seek
                + " order by " + order(columns, "", direction) + limit + ") k on k.id = p.id order by "
                + order(columns, "p.", direction);
    }

    private static String order(List<String> columns, String prefix, String direction) {
        StringJoiner order = new StringJoiner(", ");
        columns.forEach(c -> order.add(prefix + c + direction));
        return order.toString();
    }

    /**
     * (a, b, id) past (?, ?, ?) written out, led by "a >=" (or "<="), which the index's range scan takes
     * (MariaDB does not scan a range for a row comparison).
     */
    private static String seek(List<String> columns, String past) {
        String rest = columns.get(columns.size() - 1) + " " + past + " ?";
        for (int i = columns.size() - 2; i >= 0; i--) {
            rest = columns.get(i) + " " + past + " ? or (" + columns.get(i) + " = ? and (" + rest + "))";
        }
        return " and " + columns.get(0) + " " + past + "= ? and (" + rest + ")";
    }

    /** The key's values as {@link #seek} asks them: the first once more, then each non-last one twice. */
    static List<Object> seekParams(PageKey key) {
        List<Object> values = new ArrayList<>(key.values());
        values.add(key.id());
        List<Object> bound = new ArrayList<>(List.of(values.get(0)));
        for (int i = 0; i < values.size() - 1; i++) {
            bound.add(values.get(i));
            bound.add(values.get(i));
        }
        bound.add(values.get(values.size() - 1));
        return bound;
    }

    /** Seeks when the request carries a key under this sort, else the deferred join's offset. */
    List<PersonRow> rows(Sql sql, PageRequest page) {
        List<Object> values = new ArrayList<>(params);
        PageKey after = page.after();
        if (after != null && after.values().size() == sortColumns(page.sortField()).size() - 1) {
            values.addAll(seekParams(after));
            values.add(page.limit());
            return sql.list(seekSql(page.sortField(), page.ascending()), ROW, values.toArray());
        }
        values.add(page.offset());
        values.add(page.limit());
        return sql.list(pageSql(page.sortField(), page.ascending()), ROW, values.toArray());
    }

    long count(Sql sql) {
        return sql.number("select count(*) from (select 1 from ppl_person" + where + " limit "
                + (PersonService.COUNT_LIMIT + 1) + ") t", params.toArray());
    }

    /** One exported person: the import's columns (see PersonImportService.COLUMNS), and the id to go on from. */
    record Exported(long id, Object[] values) {
    }

    /** Export rows in id order after {@code lastId}, so that memory stays flat. */
    List<Exported> exportAfter(Sql sql, long lastId, int limit) {
        List<Object> values = new ArrayList<>(params);
        values.add(lastId);
        values.add(limit);
        return sql.list("select first_name_ar, last_name_ar, first_name_lat, last_name_lat, sex, birth_date,"
                + " case when birth_estimated then birth_year end as estimated_birth_year, cin, phone, address,"
                + " province_code, id from ppl_person p" + where + " and p.id > ? order by p.id limit ?",
                r -> new Exported(r.number("id"), new Object[] {r.string("first_name_ar"), r.string("last_name_ar"),
                    r.string("first_name_lat"), r.string("last_name_lat"), r.string("sex"), r.date("birth_date"),
                    r.nullableInteger("estimated_birth_year"), r.string("cin"), r.string("phone"),
                    r.string("address"), r.string("province_code")}), values.toArray());
    }
}
