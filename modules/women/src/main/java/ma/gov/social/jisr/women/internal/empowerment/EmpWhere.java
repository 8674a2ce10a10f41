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

    /**
     * Newest first by {@code day}, then id, and the page: after the key of the row that ended the page before
     * (a seek), or at its offset. Appends the seek's condition; returns the ORDER BY and LIMIT to end with.
     */
    String newestFirst(ma.gov.social.jisr.platform.api.PageRequest page, String day) {
        int offset = page.offset();
        if (page.after() != null) {
            Object last = page.after().values().get(0);
            raw("(" + alias + "." + day + " < ? or (" + alias + "." + day + " = ? and " + alias + ".id < ?))", last,
                    last, page.after().id());
            offset = 0;
        }
        params.add(offset);
        params.add(page.limit());
        return " order by " + alias + "." + day + " desc, " + alias + ".id desc limit ?, ?";
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

    /** The parameters, then the most rows a list of the module shows (its query ends with "limit ?"). */
    Object[] limited() {
        List<Object> all = new ArrayList<>(params);
        all.add(ma.gov.social.jisr.women.api.empowerment.EmpowermentService.LIST_LIMIT);
        return all.toArray();
    }
}
