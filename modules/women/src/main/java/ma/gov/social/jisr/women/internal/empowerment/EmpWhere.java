package ma.gov.social.jisr.women.internal.empowerment;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The WHERE clause of an empowerment read: first the caller's territory on the table's region and province
 * columns (alias {@code a}), then the filter. Values are always bound parameters.
 */
final class EmpWhere {
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final String alias;

    EmpWhere(TerritorialScope scope, String alias) {
        this.alias = alias;
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> and("region_code = ?", scope.code());
            case PROVINCE -> and("province_code = ?", scope.code());
        }
    }

    /** A condition on the table's own column ("stage = ?"), skipped when the value is empty. */
    EmpWhere and(String condition, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        where.append(" and ").append(alias).append('.').append(condition);
        params.add(value);
        return this;
    }

    /** A condition written whole, with its own aliases. */
    EmpWhere raw(String condition, Object... values) {
        where.append(" and ").append(condition);
        params.addAll(List.of(values));
        return this;
    }

    String sql() {
        return where.toString();
    }

    List<Object> params() {
        return params;
    }

    Object[] array() {
        return params.toArray();
    }
}
