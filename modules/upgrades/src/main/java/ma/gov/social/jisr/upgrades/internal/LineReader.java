package ma.gov.social.jisr.upgrades.internal;

import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.sql.RowMapper;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.PriorityParts;
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

    static final RowMapper<PlanLine> PLAN_LINE = r -> new PlanLine(r.integer("programme_year"), r.number("centre_id"),
            r.string("region_code"), r.string("province_code"), r.string("centre_code"), r.string("name_ar"),
            r.string("name_fr"), r.enumValue("centre_type", CentreType.class), r.enumValue("area", Area.class),
            r.integer("latest_score"), r.integer("region_rank"), r.decimal("score"),
            new PriorityParts(r.decimal("p_condition").doubleValue(), r.decimal("p_served").doubleValue(),
                    r.decimal("p_waiting").doubleValue(), r.decimal("p_rural").doubleValue(),
                    r.decimal("p_group").doubleValue()),
            r.dirhams("estimated_cost"), r.enumValue("status", LineStatus.class), r.flag("swapped_in"),
            r.enumValue("works_status", WorksStatus.class), r.date("ordered_on"), r.string("contractor"),
            r.date("started_on"), r.date("finished_on"), r.dirhams("actual_cost"), r.date("received_on"),
            r.number("version"));

    static final RowMapper<RegionPlan> REGION_PLAN = r -> new RegionPlan(r.string("region_code"), r.number("centres"),
            r.number("eligible"), r.number("not_inspected"), r.number("recently_upgraded"), r.number("not_open"),
            r.integer("quota"), r.dirhams("budget"), r.nullableInteger("chosen"), r.dirhams("budget_used"),
            r.nullableInteger("over_budget"), r.time("submitted_at"), r.string("submitted_by"));

    private LineReader() {
    }
}
