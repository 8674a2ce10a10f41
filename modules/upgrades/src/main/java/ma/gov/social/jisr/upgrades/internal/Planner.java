package ma.gov.social.jisr.upgrades.internal;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

/**
 * The planning job's two writing steps for a year: share the target and the budget between the regions,
 * then choose each region's centres within its share. The job's steps run them for the administrator who
 * started it, in the caller's transaction and under the year's lock; the demo data runs them on the demo
 * centres, so that a demo plan is the plan the job would have written.
 */
public final class Planner {
    /** Lines deleted per statement when a region is planned again. */
    static final int CHUNK = 500;
    /** Over-budget centres listed in the report per region; the rest are only counted. */
    static final int OVER_BUDGET_LISTED = 100;

    private final Sql sql;
    private final CentreUpgrades centres;

    public Planner(Sql sql, CentreUpgrades centres) {
        this.sql = sql;
        this.centres = centres;
    }

    /** Counts each region's centres, sets quotas and budgets, and clears the year's draft. */
    public void allocate(ProgrammeSettings s) {
        int year = s.year();
        List<RegionCensus> census = centres.census(year, s.recentYears());
        Map<String, Long> eligible = new LinkedHashMap<>();
        census.forEach(c -> eligible.put(c.regionCode(), c.eligible()));
        Map<String, Long> quotas = Allocation.quotas(s.target(), s.minPerRegion(), eligible);
        Map<String, Long> budgets = Allocation.budgets(s.budget().centimes(), quotas);
        sql.update("delete from upg_line where programme_year = ?", year);
        sql.update("delete from upg_region where programme_year = ?", year);
        sql.batch("insert into upg_region (programme_year, region_code, centres, eligible, not_inspected,"
                + " recently_upgraded, not_open, quota, budget) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                census.stream().map(c -> new Object[] {year, c.regionCode(), c.total(), c.eligible(), c.notInspected(),
                        c.recentlyUpgraded(), c.notOpen(), quotas.get(c.regionCode()),
                        Dirhams.ofCentimes(budgets.get(c.regionCode()))}).toList());
    }

    /**
     * Ranks a region's centres and writes its part of the draft within its quota and budget. The region's
     * facts come in one read and are scored here: the programme's priority is its own rule.
     */
    public void planRegion(ProgrammeSettings s, String regionCode) {
        int year = s.year();
        record Share(long quota, Dirhams budget) {
        }
        Share share = sql.one("select quota, budget from upg_region where programme_year = ? and region_code = ?",
                r -> new Share(r.number("quota"), r.dirhams("budget")), year, regionCode).orElseThrow();
        clearRegion(year, regionCode);
        RegionSelection selection = new RegionSelection(share.quota(), share.budget());
        Dirhams cheapest = s.unitCosts().values().stream().min(Dirhams::compareTo).orElse(Dirhams.ZERO);
        LineWriter lines = new LineWriter(sql, year);
        if (!selection.done(cheapest)) {
            List<Candidate> ranked = Candidate.ranked(centres.openInspected(regionCode, year - s.recentYears()), year,
                    s.weights());
            for (Candidate c : ranked) {
                Dirhams cost = s.unitCost(c.centre().type());
                RegionSelection.Decision decision = selection.offer(cost);
                if (decision == RegionSelection.Decision.CHOSEN) {
                    lines.add(c, (int) selection.chosen(), cost, LineStatus.CHOSEN);
                } else if (decision == RegionSelection.Decision.OVER_BUDGET
                        && selection.overBudget() <= OVER_BUDGET_LISTED) {
                    lines.add(c, 0, cost, LineStatus.OVER_BUDGET);
                }
                if (selection.done(cheapest)) {
                    break;
                }
            }
        }
        lines.flush();
        sql.update("update upg_region set chosen = ?, budget_used = ?, over_budget = ?, planned_at = ?,"
                + " submitted_at = null, submitted_by = null where programme_year = ? and region_code = ?",
                selection.chosen(), selection.spent(), selection.overBudget(), LocalDateTime.now(), year, regionCode);
    }

    /**
     * Deletes the region's earlier lines by primary key: a range delete would lock the index gaps that the
     * other regions, planned at the same time, insert into, and the partitions would deadlock.
     */
    private void clearRegion(int year, String regionCode) {
        List<Long> ids = sql.list("select centre_id from upg_line where programme_year = ? and region_code = ?",
                r -> r.number("centre_id"), year, regionCode);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] params = new Object[chunk.size() + 1];
            params[0] = year;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            sql.update("delete from upg_line where programme_year = ? and centre_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", params);
        }
    }
}
