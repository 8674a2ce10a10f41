package ma.gov.social.jisr.upgrades.internal;

import java.util.List;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.PriorityParts;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.RegionPlan;
import ma.gov.social.jisr.upgrades.api.WorksStatus;

/** Plan rows as the api's records. */
final class LineReader {
    static final String LINE = "select programme_year, centre_id, region_code, province_code, centre_code, name_ar,"
            + " name_fr, centre_type, area, latest_score, region_rank, score, p_condition, p_served, p_waiting, p_rural,"
            + " p_group, estimated_cost, status, swapped_in, works_status, ordered_on, contractor, started_on,"
            + " finished_on, actual_cost, received_on, version from upg_line";
    static final String REGION = "select region_code, centres, eligible, not_inspected, recently_upgraded, not_open,"
            + " quota, budget, chosen, budget_used, over_budget, submitted_at, submitted_by from upg_region";

    private LineReader() {
    }

    static List<PlanLine> lines(List<Object[]> rows) {
        return rows.stream().map(LineReader::line).toList();
    }

    static PlanLine line(Object[] r) {
        return new PlanLine((int) Db.number(r[0]), Db.number(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], CentreType.valueOf((String) r[7]), Area.valueOf((String) r[8]),
                (int) Db.number(r[9]), (int) Db.number(r[10]), Db.decimal(r[11]),
                new PriorityParts(d(r[12]), d(r[13]), d(r[14]), d(r[15]), d(r[16])), Db.decimal(r[17]),
                LineStatus.valueOf((String) r[18]), flag(r[19]), WorksStatus.valueOf((String) r[20]), Db.date(r[21]),
                (String) r[22], Db.date(r[23]), Db.date(r[24]), Db.decimal(r[25]), Db.date(r[26]), Db.number(r[27]));
    }

    static RegionPlan region(Object[] r) {
        return new RegionPlan((String) r[0], Db.number(r[1]), Db.number(r[2]), Db.number(r[3]), Db.number(r[4]),
                Db.number(r[5]), (int) Db.number(r[6]), Db.decimal(r[7]), Db.integer(r[8]), Db.decimal(r[9]),
                Db.integer(r[10]), Db.time(r[11]), (String) r[12]);
    }

    private static double d(Object o) {
        return Db.decimal(o).doubleValue();
    }

    private static boolean flag(Object o) {
        return o instanceof Boolean b ? b : Db.number(o) != 0;
    }
}
