package ma.gov.social.jisr.centres.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.platform.api.sql.RowMapper;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The SQL of {@link CentreFacts}, for the secured bean (the caller's territory) and the demo's (the demo's
 * centres): the same queries on a different set of centres. Facts only; a programme ranks them itself.
 */
final class CentreFactsQueries {
    /**
     * Each centre's latest upgrade that was not cancelled (a planned or running one counts), joined as a
     * grouped table: twice as fast at national scale as a subquery per centre.
     */
    private static final String LAST_UPGRADE = " left join (select centre_id, max(upgrade_year) as last_upgrade"
            + " from cen_upgrade where status <> 'CANCELLED' group by centre_id) u on u.centre_id = c.id";
    private static final String FACTS = "select c.id, c.code, c.name_ar, c.name_fr, c.type, c.region_code,"
            + " c.province_code, c.area, c.status, c.latest_score, c.places, c.opened_on, u.last_upgrade"
            + " from cen_centre c" + LAST_UPGRADE;
    private static final RowMapper<CentreFacts> FACT = r -> new CentreFacts(r.number("id"), r.string("code"),
            r.string("name_ar"), r.string("name_fr"), r.enumValue("type", CentreType.class), r.string("region_code"),
            r.string("province_code"), r.enumValue("area", Area.class), r.enumValue("status", CentreStatus.class),
            r.nullableInteger("latest_score"), r.nullableInteger("places"), r.date("opened_on"),
            r.nullableInteger("last_upgrade"));

    /** Which centres the queries see: a condition on {@code c} and its parameters. */
    record Centres(String condition, List<Object> params) {
        static Centres in(TerritorialScope scope) {
            if (scope.isNational()) {
                return new Centres("", List.of());
            }
            String column = scope.level() == ScopeLevel.REGION ? "region_code" : "province_code";
            return new Centres(" and c." + column + " = ?", List.of(scope.code()));
        }

        static Centres writtenBy(String author) {
            return new Centres(" and c.created_by = ?", List.of(author));
        }
    }

    private final Sql sql;
    private final Centres centres;

    CentreFactsQueries(Sql sql, Centres centres) {
        this.sql = sql;
        this.centres = centres;
    }

    /** Counts per region that has centres; {@code recentFrom} is the first year whose upgrade counts as recent. */
    Map<String, RegionCensus> census(int recentFrom) {
        List<Object> params = new ArrayList<>(List.of(recentFrom));
        params.addAll(centres.params());
        String counts = "select c.region_code, count(*) as centres,"
                + " sum(c.status = 'OPEN' and c.latest_score is not null and not c.recent) as eligible,"
                + " sum(c.status = 'OPEN' and c.latest_score is null and not c.recent) as not_inspected,"
                + " sum(c.status = 'OPEN' and c.recent) as recently_upgraded,"
                + " sum(c.status <> 'OPEN') as not_open"
                + " from (select c.region_code, c.status, c.latest_score,"
                + " coalesce(u.last_upgrade >= ?, false) as recent from cen_centre c" + LAST_UPGRADE
                + " where 1 = 1" + centres.condition() + ") c group by c.region_code";
        Map<String, RegionCensus> found = new HashMap<>();
        sql.list(counts, r -> new RegionCensus(r.string("region_code"), r.number("centres"), r.number("eligible"),
                r.number("not_inspected"), r.number("recently_upgraded"), r.number("not_open")), params.toArray())
                .forEach(c -> found.put(c.regionCode(), c));
        return found;
    }

    List<CentreFacts> openInspected(String regionCode, int upgradedUpTo) {
        List<Object> params = new ArrayList<>(List.of(regionCode));
        params.addAll(centres.params());
        params.add(upgradedUpTo);
        return sql.list(FACTS + " where c.region_code = ? and c.status = 'OPEN' and c.latest_score is not null"
                + centres.condition() + " and (u.last_upgrade is null or u.last_upgrade <= ?) order by c.id", FACT,
                params.toArray());
    }

    Optional<CentreFacts> byCode(String code) {
        List<Object> params = new ArrayList<>(List.of(code == null ? "" : code.strip()));
        params.addAll(centres.params());
        return sql.one(FACTS + " where c.code = ?" + centres.condition(), FACT, params.toArray());
    }
}
