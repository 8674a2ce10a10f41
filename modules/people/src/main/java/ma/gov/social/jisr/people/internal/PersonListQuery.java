package ma.gov.social.jisr.people.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.value.NationalId;

/**
 * The persons list in SQL, because a page deep in a million rows must stay fast: the page's ids are
 * found on an index alone (a "deferred join"), then only those rows are read. The territory is always
 * part of the condition.
 */
final class PersonListQuery {
    static final String COLUMNS = "p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
            + " p.sex, p.birth_date, p.birth_year, p.cin, p.province_code";
    private static final Map<String, String> SORTS = Map.of(
            "lastNameLatin", "%2$slast_name_lat %1$s, %2$sfirst_name_lat %1$s, %2$sid %1$s",
            "lastNameAr", "%2$slast_name_ar %1$s, %2$sfirst_name_ar %1$s, %2$sid %1$s",
            "birthYear", "%2$sbirth_year %1$s, %2$sid %1$s",
            "id", "%2$sid %1$s");

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
                String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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

    /** The page's SQL, with its parameters last (offset, limit): also what the benchmark compares against. */
    String pageSql(String sortField, boolean ascending) {
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, SORTS.get("lastNameLatin"));
        String direction = ascending ? "asc" : "desc";
        return "select " + COLUMNS + " from ppl_person p join (select id from ppl_person" + where + " order by "
                + order.formatted(direction, "") + " limit ?, ?) k on k.id = p.id order by "
                + order.formatted(direction, "p.");
    }

    List<PersonRow> rows(EntityManager em, String sortField, boolean ascending, int offset, int limit) {
        Query query = bind(em.createNativeQuery(pageSql(sortField, ascending)));
        query.setParameter(params.size() + 1, offset).setParameter(params.size() + 2, limit);
        List<PersonRow> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            rows.add(row((Object[]) o));
        }
        return rows;
    }

    long count(EntityManager em) {
        Query query = bind(em.createNativeQuery("select count(*) from (select 1 from ppl_person" + where
                + " limit " + (PersonService.COUNT_LIMIT + 1) + ") t"));
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Export rows in id order after {@code lastId}, so that memory stays flat: the import's columns
     * (see PersonImportService.COLUMNS) and the id last.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> exportAfter(EntityManager em, long lastId, int limit) {
        Query query = bind(em.createNativeQuery("select first_name_ar, last_name_ar, first_name_lat, last_name_lat,"
                + " sex, birth_date, case when birth_estimated then birth_year end, cin, phone, address,"
                + " province_code, id from ppl_person p" + where + " and p.id > ? order by p.id limit ?"));
        query.setParameter(params.size() + 1, lastId).setParameter(params.size() + 2, limit);
        return query.getResultList();
    }

    private Query bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    static PersonRow row(Object[] c) {
        return new PersonRow(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], Sex.valueOf(((String) c[5]).trim()), c[6] == null ? null : toDate(c[6]),
                c[7] == null ? null : ((Number) c[7]).intValue(), (String) c[8], (String) c[9]);
    }

    private static java.time.LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }
}
