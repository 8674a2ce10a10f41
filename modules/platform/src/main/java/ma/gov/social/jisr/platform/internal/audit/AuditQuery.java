package ma.gov.social.jisr.platform.internal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.audit.AuditFilter;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** Builds the JPQL of an audit search: the user's filter AND the caller's territorial scope. */
final class AuditQuery {
    private static final Set<String> SORTABLE = Set.of("occurredAt", "username", "module", "action", "recordId");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    AuditQuery(AuditFilter f, TerritorialScope scope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> add("e.regionCode = :scope", "scope", scope.code());
            case PROVINCE -> add("e.provinceCode = :scope", "scope", scope.code());
        }
        if (blankToNull(f.username()) != null) {
            add("e.username = :username", "username", f.username().trim());
        }
        if (f.from() != null) {
            add("e.occurredAt >= :from", "from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            add("e.occurredAt < :to", "to", f.to().plusDays(1).atStartOfDay());
        }
        if (blankToNull(f.module()) != null) {
            add("e.module = :module", "module", f.module());
        }
        if (blankToNull(f.recordType()) != null) {
            add("e.recordType = :recordType", "recordType", f.recordType().trim());
        }
        if (blankToNull(f.recordId()) != null) {
            add("e.recordId = :recordId", "recordId", f.recordId().trim());
        }
        if (f.action() != null) {
            add("e.action = :action", "action", f.action());
        }
    }

    private void add(String clause, String name, Object value) {
        where.append(" and ").append(clause);
        params.put(name, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    TypedQuery<AuditEventEntity> select(EntityManager em, String sortField, boolean ascending) {
        String field = sortField != null && SORTABLE.contains(sortField) ? sortField : "occurredAt";
        String direction = ascending && sortField != null ? " asc" : " desc";
        return bind(em.createQuery("select e from AuditEventEntity e" + where + " order by e." + field
                + direction + ", e.id" + direction, AuditEventEntity.class));
    }

    /** Export pages by id (keyset), which stays fast however deep it goes. */
    TypedQuery<AuditEventEntity> afterId(EntityManager em, long lastId) {
        params.put("lastId", lastId);
        return bind(em.createQuery("select e from AuditEventEntity e" + where + " and e.id > :lastId order by e.id",
                AuditEventEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(e) from AuditEventEntity e" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
