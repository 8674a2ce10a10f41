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

    Map<String, Long> grouped(String key, String table, String dateColumn) {
        return map("select " + key + " k, count(*) n from " + table + " where " + in + " and " + dateColumn
                + " between ? and ? group by k", params(from, to));
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

    /** Counts by province and by {@code key} (an expression on the table's columns), of the period's rows. */
    ByProvince byProvince(String key, String table, String dateColumn) {
        return byProvince("select province_code p, " + key + " k, count(*) n from " + table + " where " + in + " and "
                + dateColumn + " between ? and ? group by p, k", params(from, to));
    }

    /** Children in placement at the period's end, by province and kind. */
    ByProvince inPlacementAtEnd() {
        return byProvince("select province_code p, kind k, count(*) n from chi_placement where " + in + " and placed_on"
                + " <= ? and (ended_on is null or ended_on > ?) group by p, k", params(to, to));
    }

    private ByProvince byProvince(String query, Object... params) {
        ByProvince counts = new ByProvince(new TreeMap<>());
        sql.list(query, r -> counts.rows().computeIfAbsent(r.string("p"), p -> new TreeMap<>()).put(r.string("k"),
                r.number("n")), params);
        return counts;
    }

    /**
     * Days from identification to the first measure of the children identified in the period, in bands, by
     * province: the totals and each province's average come from the same rows.
     */
    DelayRows delays() {
        Map<String, long[]> byProvince = new TreeMap<>();
        Map<String, Long> bands = new LinkedHashMap<>();
        PeriodicReport.DELAY_BANDS.forEach(b -> bands.put(b, 0L));
        sql.list("select p, case when d is null then 'NONE' when d <= 1 then 'D0_1' when d <= 7 then 'D2_7' when d <= 30"
                + " then 'D8_30' when d <= 90 then 'D31_90' else 'D91' end k, count(*) n, coalesce(sum(d), 0) total,"
                + " coalesce(max(d), 0) longest from (select i.province_code p, datediff(" + DELAY + ", i.identified_on)"
                + " d from chi_identification i where i." + in + " and i.identified_on between ? and ?) x group by p, k",
                r -> {
                    bands.merge(r.string("k"), r.number("n"), Long::sum);
                    if (!"NONE".equals(r.string("k"))) {
                        long[] t = byProvince.computeIfAbsent(r.string("p"), p -> new long[3]);
                        t[0] += r.number("n");
                        t[1] += r.number("total");
                        t[2] = Math.max(t[2], r.number("longest"));
                    }
                    return null;
                }, params(from, to));
        return new DelayRows(bands, byProvince);
    }

    /** Counts by province, then by key. */
    record ByProvince(Map<String, Map<String, Long>> rows) {
        long of(String province) {
            return rows.getOrDefault(province, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        long of(String province, String key) {
            return rows.getOrDefault(province, Map.of()).getOrDefault(key, 0L);
        }

        long startingWith(String province, String prefix) {
            return rows.getOrDefault(province, Map.of()).entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long total() {
            return rows.keySet().stream().mapToLong(this::of).sum();
        }

        Map<String, Long> byKey() {
            Map<String, Long> sums = new TreeMap<>();
            rows.values().forEach(m -> m.forEach((k, n) -> sums.merge(k, n, Long::sum)));
            return sums;
        }
    }

    /** The delays' bands over all provinces, and per province {children with a measure, days, longest}. */
    record DelayRows(Map<String, Long> bands, Map<String, long[]> byProvince) {
        Delays total() {
            long n = byProvince.values().stream().mapToLong(t -> t[0]).sum();
            long days = byProvince.values().stream().mapToLong(t -> t[1]).sum();
            long longest = byProvince.values().stream().mapToLong(t -> t[2]).max().orElse(0);
            return new Delays(n, n == 0 ? 0 : Math.round((double) days / n), longest, bands);
        }

        long averageOf(String province) {
            long[] t = byProvince.get(province);
            return t == null || t[0] == 0 ? 0 : Math.round((double) t[1] / t[0]);
        }
    }

    Map<String, Long> flagActions() {
        return map("select a.action k, count(*) n from chi_flag_action a join chi_flag f on f.id = a.flag_id where f."
                + in + " and a.done_on between ? and ? group by a.action", params(from, to));
    }

    Map<String, Long> flagOutcomes() {
        return grouped("outcome", "chi_flag", "closed_on");
    }
}
