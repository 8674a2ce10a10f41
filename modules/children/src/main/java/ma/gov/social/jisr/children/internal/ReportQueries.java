package ma.gov.social.jisr.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.gov.social.jisr.children.api.PeriodicReport;
import ma.gov.social.jisr.children.api.PeriodicReport.Delays;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The periodic report's grouped queries over some provinces and a period. Each reads one table through its
 * (province, date) index; the delay to the first measure reads the first measure of each child identified
 * in the period through (case, decided_on).
 */
final class ReportQueries {
    private static final String DELAY = "(select min(m.decided_on) from chi_measure m where m.case_id = i.case_id)";

    private final Sql sql;
    private final List<String> provinces;
    private final String in;
    private final LocalDate from;
    private final LocalDate to;

    ReportQueries(Sql sql, List<String> provinces, LocalDate from, LocalDate to) {
        this.sql = sql;
        this.provinces = provinces;
        this.in = "province_code in (" + String.join(", ", provinces.stream().map(p -> "?").toList()) + ")";
        this.from = from;
        this.to = to;
    }

    private Object[] params(Object... after) {
        List<Object> all = new ArrayList<>(provinces);
        all.addAll(List.of(after));
        return all.toArray();
    }

    private Map<String, Long> map(String query, Object... params) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list(query, r -> counts.put(r.string("k"), r.number("n")), params);
        return counts;
    }

    long count(String table, String dateColumn) {
        return sql.number("select count(*) from " + table + " where " + in + " and " + dateColumn + " between ? and ?",
                params(from, to));
    }

    Map<String, Long> grouped(String key, String table, String dateColumn) {
        return map("select " + key + " k, count(*) n from " + table + " where " + in + " and " + dateColumn
                + " between ? and ? group by k", params(from, to));
    }

    Map<String, Long> byProvince(String table, String dateColumn) {
        return grouped("province_code", table, dateColumn);
    }

    /** A child may be in several situations: each counts once for each. */
    Map<String, Long> situations() {
        Map<String, Long> counts = new TreeMap<>();
        grouped("situations", "chi_identification", "identified_on").forEach((set, n) -> {
            for (String s : set.split(",")) {
                counts.merge(s.strip(), n, Long::sum);
            }
        });
        return counts;
    }

    Map<String, Long> ageBands() {
        Map<String, Long> bands = new LinkedHashMap<>();
        PeriodicReport.AGE_BANDS.forEach(b -> bands.put(b, 0L));
        map("select case when a < 6 then '0-5' when a < 12 then '6-11' when a < 15 then '12-14' else '15-17' end k,"
                + " count(*) n from (select timestampdiff(year, coalesce(birth_date, adult_on - interval 18 year),"
                + " identified_on) a from chi_identification where " + in + " and identified_on between ? and ?) x"
                + " group by k", params(from, to)).forEach(bands::put);
        return bands;
    }

    Map<String, Long> inPlacementAtEnd() {
        return map("select kind k, count(*) n from chi_placement where " + in + " and placed_on <= ? and (ended_on is"
                + " null or ended_on > ?) group by kind", params(to, to));
    }

    Map<String, Long> inPlacementByProvince() {
        return map("select province_code k, count(*) n from chi_placement where " + in + " and placed_on <= ? and"
                + " (ended_on is null or ended_on > ?) and kind <> 'FAMILY_RETURN' group by province_code",
                params(to, to));
    }

    Delays delays() {
        Map<String, Long> bands = new LinkedHashMap<>();
        PeriodicReport.DELAY_BANDS.forEach(b -> bands.put(b, 0L));
        long[] totals = new long[3];
        sql.list("select case when d is null then 'NONE' when d <= 1 then 'D0_1' when d <= 7 then 'D2_7' when d <= 30"
                + " then 'D8_30' when d <= 90 then 'D31_90' else 'D91' end k, count(*) n, coalesce(sum(d), 0) total,"
                + " coalesce(max(d), 0) longest from (select datediff(" + DELAY + ", i.identified_on) d from"
                + " chi_identification i where i." + in + " and i.identified_on between ? and ?) x group by k", r -> {
                    bands.put(r.string("k"), r.number("n"));
                    if (!"NONE".equals(r.string("k"))) {
                        totals[0] += r.number("n");
                        totals[1] += r.number("total");
                        totals[2] = Math.max(totals[2], r.number("longest"));
                    }
                    return null;
                }, params(from, to));
        return new Delays(totals[0], totals[0] == 0 ? 0 : Math.round((double) totals[1] / totals[0]), totals[2], bands);
    }

    Map<String, Long> averageDelayByProvince() {
        return map("select province_code k, coalesce(round(avg(d)), 0) n from (select i.province_code, datediff(" + DELAY
                + ", i.identified_on) d from chi_identification i where i." + in + " and i.identified_on between ? and"
                + " ?) x where d is not null group by province_code", params(from, to));
    }

    /** Flags raised in the period, by subject and level ("EARLY_MARRIAGE.RISK"). */
    Map<String, Long> flags() {
        return grouped("concat(kind, '.', level)", "chi_flag", "raised_on");
    }

    Map<String, Long> flagsByProvince(String kind) {
        return map("select province_code k, count(*) n from chi_flag where " + in + " and raised_on between ? and ?"
                + " and kind = ? group by province_code", params(from, to, kind));
    }

    Map<String, Long> flagActions() {
        return map("select a.action k, count(*) n from chi_flag_action a join chi_flag f on f.id = a.flag_id where f."
                + in + " and a.done_on between ? and ? group by a.action", params(from, to));
    }

    Map<String, Long> flagOutcomes() {
        return grouped("outcome", "chi_flag", "closed_on");
    }
}
