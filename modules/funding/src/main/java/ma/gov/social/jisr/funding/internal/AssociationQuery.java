package ma.gov.social.jisr.funding.internal;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.AssociationFilter;
import ma.gov.social.jisr.funding.api.AssociationRow;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * The associations list of a territory, by French name then id: the next page seeks past the last row
 * (name, id) on the territory's index; a jump counts off rows.
 */
final class AssociationQuery {
    private static final String COLUMNS = "a.id, a.registration_no, a.name_ar, a.name_fr, a.province_code, a.status,"
            + " a.rib, exists (select 1 from fun_rib_change c where c.association_id = a.id and c.status = 'PENDING')"
            + " pending";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();

    AssociationQuery(AssociationFilter f, TerritorialScope scope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> and("a.region_code = ?", scope.code());
            case PROVINCE -> and("a.province_code = ?", scope.code());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip();
            // any word of the name: most names start with "Association" or "جمعية", nobody types that
            String start = Sql.likeLiteral(t) + "%";
            String word = "% " + start;
            where.append(" and (a.name_fr like ? or a.name_fr like ? or a.name_ar like ? or a.name_ar like ?"
                    + " or a.registration_no = ?)");
            params.addAll(List.of(start, word, start, word, t));
        }
        if (f.provinceCode() != null) {
            and("a.province_code = ?", f.provinceCode());
        }
        if (f.status() != null) {
            and("a.status = ?", f.status().name());
        }
        if (f.domain() != null) {
            and("concat('|', a.domains, '|') like ?", "%|" + f.domain().name() + "|%");
        }
        if (f.ribChangePending()) {
            where.append(" and exists (select 1 from fun_rib_change c where c.association_id = a.id"
                    + " and c.status = 'PENDING')");
        }
    }

    private void and(String condition, Object value) {
        where.append(" and ").append(condition);
        params.add(value);
    }

    List<AssociationRow> rows(Sql sql, PageRequest page) {
        List<Object> values = new ArrayList<>(params);
        String seek = "";
        int offset = page.offset();
        if (page.after() != null && page.sortField() == null) {
            seek = " and (a.name_fr > ? or (a.name_fr = ? and a.id > ?))";
            Object name = page.after().values().get(0);
            values.addAll(List.of(name, name, page.after().id()));
            offset = 0;
        }
        values.add(offset);
        values.add(page.limit());
        return sql.list("select " + COLUMNS + " from fun_association a" + where + seek
                + " order by a.name_fr, a.id limit ?, ?", r -> new AssociationRow(r.number("id"),
                r.string("registration_no"), r.string("name_ar"), r.string("name_fr"), r.string("province_code"),
                r.enumValue("status", AssociationStatus.class), r.string("rib") == null ? null
                : new Rib(r.string("rib")).masked(), r.flag("pending")), values.toArray());
    }

    long count(Sql sql) {
        return sql.number("select count(*) from fun_association a" + where, params.toArray());
    }
}
