package ma.gov.social.jisr.centres.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreFilter;
import ma.gov.social.jisr.centres.api.CentreRow;
import ma.gov.social.jisr.centres.api.Condition;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** The centre list's JPQL: the user's filter AND their territory, which no filter can widen. */
final class CentreQuery {
    private static final Map<String, String> SORTABLE = Map.of("code", "c.code", "nameFr", "c.nameFr",
            "nameAr", "c.nameAr", "type", "c.type", "status", "c.status", "overallScore", "c.latestScore",
            "provinceCode", "c.provinceCode", "inspectedOn", "c.latestInspectedOn");
    private static final String ROW = "select new ma.gov.social.jisr.centres.api.CentreRow(c.id, c.code, c.nameAr,"
            + " c.nameFr, c.type, c.regionCode, c.provinceCode, c.area, c.status, c.managingBody, c.latestScore,"
            + " c.latestInspectedOn) from CentreEntity c";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    CentreQuery(CentreFilter f, TerritorialScope scope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> add("c.regionCode = :scope", "scope", scope.code());
            case PROVINCE -> add("c.provinceCode = :scope", "scope", scope.code());
        }
        if (f.text() != null && !f.text().isBlank()) {
            add("(c.code like :text or c.nameFr like :text or c.nameAr like :text)", "text",
                    "%" + Sql.likeLiteral(f.text().trim()) + "%");
        }
        addIf(f.regionCode(), "c.regionCode = :region", "region");
        addIf(f.provinceCode(), "c.provinceCode = :province", "province");
        addIf(f.type(), "c.type = :type", "type");
        addIf(f.status(), "c.status = :status", "status");
        addIf(f.managingBody(), "c.managingBody = :body", "body");
        if (f.condition() == Condition.NOT_INSPECTED) {
            where.append(" and c.latestScore is null");
        } else if (f.condition() != null) {
            where.append(" and c.latestScore between :low and :high");
            params.put("low", f.condition().lowest());
            params.put("high", f.condition().highest());
        }
    }

    private void addIf(Object value, String clause, String name) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            add(clause, name, value);
        }
    }

    private void add(String clause, String name, Object value) {
        where.append(" and ").append(clause);
        params.put(name, value);
    }

    TypedQuery<CentreRow> rows(EntityManager em, String sortField, boolean ascending) {
        String column = sortField == null ? "c.code" : SORTABLE.getOrDefault(sortField, "c.code");
        return bind(em.createQuery(ROW + where + " order by " + column + (ascending ? " asc" : " desc")
                + ", c.id", CentreRow.class));
    }

    /** For exports: in id order, from after the last id written, so memory stays flat. */
    TypedQuery<CentreEntity> after(EntityManager em, long lastId) {
        TypedQuery<CentreEntity> query = bind(em.createQuery("select c from CentreEntity c" + where
                + " and c.id > :after order by c.id", CentreEntity.class));
        return query.setParameter("after", lastId).setHint("eclipselink.batch", "c.services")
                .setHint("eclipselink.batch.type", "IN");
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(c) from CentreEntity c" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    static String describe(CentreFilter f) {
        return f.toString().replace("CentreFilter", "").toLowerCase(Locale.ROOT);
    }
}
