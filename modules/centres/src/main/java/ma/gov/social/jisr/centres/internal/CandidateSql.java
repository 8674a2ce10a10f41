package ma.gov.social.jisr.centres.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.PriorityParts;
import ma.gov.social.jisr.centres.api.PriorityWeights;
import ma.gov.social.jisr.platform.api.territory.ScopeLevel;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The SQL of upgrade candidates. Parts and score are computed by MariaDB so that it sorts and pages the
 * candidates itself: the planning job then reads only as many rows as a region's quota needs.
 * The expressions mirror {@link PriorityParts#of} and {@link PriorityWeights#score}.
 */
final class CandidateSql {
    /** The year of the latest upgrade that was not cancelled; a planned or running one counts. */
    static final String LAST_UPGRADE = "(select max(u.upgrade_year) from cen_upgrade u where u.centre_id = c.id"
            + " and u.status <> 'CANCELLED')";
    private static final String PRIORITY_TYPES = Arrays.stream(CentreType.values()).filter(CentreType::priorityGroup)
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
    static final String COLUMNS = "c.id, c.code, c.name_ar, c.name_fr, c.type, c.region_code, c.province_code, c.area,"
            + " c.latest_score, last_upgrade,"
            + " (100 - c.latest_score) / 100 as p_condition,"
            + " least(greatest(coalesce(c.places, 0), 0), " + PriorityParts.SERVED_CAP + ") / "
            + PriorityParts.SERVED_CAP + " as p_served,"
            + " least(greatest(?1 - coalesce(last_upgrade, year(c.opened_on), ?1 - " + PriorityParts.WAITING_CAP
            + "), 0), " + PriorityParts.WAITING_CAP + ") / " + PriorityParts.WAITING_CAP + " as p_waiting,"
            + " (c.area = 'RURAL') as p_rural,"
            + " (c.type in (" + PRIORITY_TYPES + ")) as p_group";

    private CandidateSql() {
    }

    /** Centres with their latest upgrade year, as a derived table so that the year is named once. */
    static String centres() {
        return "(select c.*, " + LAST_UPGRADE + " as last_upgrade from cen_centre c) c";
    }

    /** The same, for the centres written by the given author only (the demo's). */
    static String centresBy(String author) {
        return "(select c.*, " + LAST_UPGRADE + " as last_upgrade from cen_centre c where c.created_by = '"
                + author.replace("'", "") + "') c";
    }

    /** Eligible = open, inspected, no upgrade in the window; ?1 = year, ?2 = recent years. */
    static final String ELIGIBLE = "c.status = 'OPEN' and c.latest_score is not null"
            + " and (last_upgrade is null or last_upgrade <= ?1 - ?2)";

    static String score(PriorityWeights w) {
        return "(" + w.condition() + " * p_condition + " + w.served() + " * p_served + " + w.waiting() + " * p_waiting + "
                + w.rural() + " * p_rural + " + w.group() + " * p_group)";
    }

    /** Restricts {@code c} to the scope; appends the parameter it needs. */
    static String scope(TerritorialScope scope, List<Object> params) {
        if (scope.isNational()) {
            return "";
        }
        params.add(scope.code());
        return scope.level() == ScopeLevel.REGION ? " and c.region_code = ?" + params.size()
                : " and c.province_code = ?" + params.size();
    }

    static List<Object> params(int year, int recentYears) {
        return new ArrayList<>(List.of(year, recentYears));
    }
}
