package ma.gov.social.jisr.platform.internal.users;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.users.UserFilter;

/**
 * The user list's JPQL: the filter AND the administrator's territory. A regional administrator
 * sees the region's accounts and those of its provinces; a provincial one, the province's only.
 */
final class UserListQuery {
    private static final Set<String> SORTABLE = Set.of("username", "fullName", "lastLoginAt", "scopeCode");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    UserListQuery(UserFilter filter, TerritorialScope scope, List<String> provincesOfScope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> {
                where.append(" and ((u.scopeLevel = :region and u.scopeCode = :scopeCode)"
                        + " or (u.scopeLevel = :province and u.scopeCode in :provinces))");
                params.put("region", ScopeLevel.REGION);
                params.put("province", ScopeLevel.PROVINCE);
                params.put("scopeCode", scope.code());
                params.put("provinces", provincesOfScope);
            }
            case PROVINCE -> {
                where.append(" and u.scopeLevel = :province and u.scopeCode = :scopeCode");
                params.put("province", ScopeLevel.PROVINCE);
                params.put("scopeCode", scope.code());
            }
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(u.username) like :text or lower(u.fullName) like :text)");
            params.put("text", "%" + Sql.likeLiteral(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            where.append(" and :role member of u.roles");
            params.put("role", filter.role());
        }
        if (filter.enabled() != null) {
            where.append(" and u.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
    }

    TypedQuery<UserAccount> select(EntityManager em, String sortField, boolean ascending) {
        String field = sortField != null && SORTABLE.contains(sortField) ? sortField : "username";
        String direction = ascending ? " asc" : " desc";
        return bind(em.createQuery("select u from UserAccount u" + where + " order by u." + field + direction
                + ", u.id", UserAccount.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(u) from UserAccount u" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
