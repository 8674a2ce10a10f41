package ma.gov.social.jisr.upgrades.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.Candidate;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

/**
 * The planning job's two writing steps for a year: share the target and the budget between the regions,
 * then choose each region's centres within its share. The job's steps run them for the administrator who
 * started it, in the caller's transaction and under the year's lock; the demo data runs them on the demo
 * centres, so that a demo plan is the plan the job would have written.
 */
public final class Planner {
    /** Candidates read per query: a region's quota is usually reached within the first pages. */
    static final int PAGE = 500;
    /** Over-budget centres listed in the report per region; the rest are only counted. */
    static final int OVER_BUDGET_LISTED = 100;

    private final Db db;
    private final CentreUpgrades candidates;

    Planner(Db db, CentreUpgrades candidates) {
        this.db = db;
        this.candidates = candidates;
    }

    public Planner(EntityManager em, CentreUpgrades candidates) {
        this(new Db(em), candidates);
    }

    /** Counts each region's centres, sets quotas and budgets, and clears the year's draft. */
    public void allocate(ProgrammeSettings s) {
        int year = s.year();
        List<RegionCensus> census = candidates.census(year, s.recentYears());
        Map<String, Long> eligible = new LinkedHashMap<>();
        census.forEach(c -> eligible.put(c.regionCode(), c.eligible()));
        Map<String, Long> quotas = Allocation.quotas(s.target(), s.minPerRegion(), eligible);
        Map<String, Long> budgets = Allocation.budgets(Db.cents(s.budget()), quotas);
        db.update("delete from upg_line where programme_year = ?", year);
        db.update("delete from upg_region where programme_year = ?", year);
        for (RegionCensus c : census) {
            db.update("insert into upg_region (programme_year, region_code, centres, eligible, not_inspected,"
                    + " recently_upgraded, not_open, quota, budget) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", year,
                    c.regionCode(), c.total(), c.eligible(), c.notInspected(), c.recentlyUpgraded(), c.notOpen(),
                    quotas.get(c.regionCode()), Db.dirhams(budgets.get(c.regionCode())));
        }
        db.update("update upg_programme set status = 'OPEN', planned_at = null where programme_year = ?", year);
    }

    /** Ranks a region's centres and writes its part of the draft within its quota and budget. */
    public void planRegion(ProgrammeSettings s, String regionCode) {
        int year = s.year();
        Object[] share = db.rows("select quota, budget from upg_region where programme_year = ? and region_code = ?",
                year, regionCode).get(0);
        clearRegion(year, regionCode);
        RegionSelection selection = new RegionSelection(Db.number(share[0]), Db.cents(Db.decimal(share[1])));
        long cheapest = s.unitCosts().values().stream().mapToLong(Db::cents).min().orElse(0);
        LineWriter lines = new LineWriter(db, year);
        int offset = 0;
        while (!selection.done(cheapest)) {
            List<Candidate> page = candidates.ranked(regionCode, year, s.recentYears(), s.weights(), offset, PAGE);
            for (Candidate c : page) {
                long cost = Db.cents(s.unitCost(c.type()));
                RegionSelection.Decision decision = selection.offer(cost);
                if (decision == RegionSelection.Decision.CHOSEN) {
                    lines.add(c, (int) selection.chosen(), s.unitCost(c.type()), LineStatus.CHOSEN);
                } else if (decision == RegionSelection.Decision.OVER_BUDGET
                        && selection.overBudget() <= OVER_BUDGET_LISTED) {
                    lines.add(c, 0, s.unitCost(c.type()), LineStatus.OVER_BUDGET);
                }
                if (selection.done(cheapest)) {
                    break;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            offset += PAGE;
        }
        lines.flush();
        db.update("update upg_region set chosen = ?, budget_used = ?, over_budget = ?, planned_at = ?,"
                + " submitted_at = null, submitted_by = null where programme_year = ? and region_code = ?",
                selection.chosen(), Db.dirhams(selection.spentCents()), selection.overBudget(), LocalDateTime.now(),
                year, regionCode);
    }

    /**
     * Deletes the region's earlier lines by primary key: a range delete would lock the index gaps that the
     * other regions, planned at the same time, insert into, and the partitions would deadlock.
     */
    private void clearRegion(int year, String regionCode) {
        List<Object> ids = db.column("select centre_id from upg_line where programme_year = ? and region_code = ?",
                year, regionCode);
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
            Object[] params = new Object[chunk.size() + 1];
            params[0] = year;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            db.update("delete from upg_line where programme_year = ? and centre_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", params);
        }
    }
}
