package ma.gov.social.jisr.women.internal;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.women.api.KitFilter;

/**
 * The WHERE clause of the kit reads: the caller's territory, then the filter. A movement (alias m) belongs to
 * the territory of either side; a balance (alias s) to its holder's. Values are always bound parameters.
 */
final class KitSql {
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final TerritorialScope scope;
    private final String region;

    KitSql(TerritorialScope scope, String region) {
        this.scope = scope;
        this.region = region;
    }

    KitSql stock() {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> and("s.region_code = ?", scope.code());
            case PROVINCE -> and("s.province_code = ?", scope.code());
        }
        if (region != null) {
            and("s.region_code = ?", region);
        }
        return this;
    }

    KitSql movements(KitFilter f) {
        seen();
        if (f.kind() != null) {
            and("m.kind = ?", f.kind().name());
        }
        if (f.kitKind() != null) {
            and("m.kit_kind = ?", f.kitKind().name());
        }
        period(f.from(), f.to());
        return this;
    }

    /** The territory's movements, from either side, and those of the chosen region. */
    KitSql seen() {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> either("m.region_code = ? or m.to_region_code = ?", scope.code());
            case PROVINCE -> either("m.province_code = ? or m.to_province_code = ?", scope.code());
        }
        if (region != null) {
            either("m.region_code = ? or m.to_region_code = ?", region);
        }
        return this;
    }

    KitSql period(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null) {
            and("m.moved_on >= ?", from);
        }
        if (to != null) {
            and("m.moved_on <= ?", to);
        }
        return this;
    }

    KitSql and(String condition, Object value) {
        where.append(" and ").append(condition);
        params.add(value);
        return this;
    }

    private void either(String condition, String code) {
        where.append(" and (").append(condition).append(')');
        params.add(code);
        params.add(code);
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
