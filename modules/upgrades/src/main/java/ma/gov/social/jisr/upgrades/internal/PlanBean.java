package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.PlanService;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;
import ma.gov.social.jisr.upgrades.api.RegionPlan;

/** Reviewing a drafted plan: swaps, submissions per region, and the national approval. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class PlanBean implements PlanService {
    static final int MIN_JUSTIFICATION = 20;

    @Inject
    private ProgrammeStore store;
    @Inject
    private CentreUpgrades candidates;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<RegionPlan> regions(int year) {
        return store.sql().list(LineReader.REGION + " where programme_year = ? order by region_code",
                LineReader.REGION_PLAN, year).stream().filter(r -> mine(r.regionCode())).toList();
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<PlanLine> lines(int year, String regionCode, LineStatus status) {
        requireRegion(regionCode);
        return store.sql().list(LineReader.LINE + " where programme_year = ? and region_code = ? and status = ?"
                + " order by region_rank, score desc, centre_id", LineReader.PLAN_LINE, year, regionCode, status);
    }

    @Override
    public void swap(int year, long outCentreId, String inCentreCode, String justification) {
        ProgrammeSettings s = store.lockDraft(year).settings();
        if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
            throw new JisrException("swap.justification.required", MIN_JUSTIFICATION);
        }
        Sql sql = store.sql();
        PlanLine leaving = sql.one(LineReader.LINE + " where programme_year = ? and centre_id = ? and status = 'CHOSEN'"
                + " for update", LineReader.PLAN_LINE, year, outCentreId)
                .orElseThrow(() -> new JisrException("swap.notInPlan", outCentreId));
        requireRegion(leaving.regionCode());
        if (submitted(year, leaving.regionCode())) {
            throw new JisrException("swap.submitted");
        }
        String code = inCentreCode == null ? "" : inCentreCode.strip();
        Candidate coming = Candidate.of(Eligibility.check(candidates.facts(code)
                .orElseThrow(() -> new JisrException("swap.unknownCentre", code)), year, s.recentYears()), year,
                s.weights());
        long inCentreId = coming.centre().centreId();
        if (!coming.centre().regionCode().equals(leaving.regionCode())) {
            throw new JisrException("swap.otherRegion", coming.centre().code());
        }
        if (sql.number("select count(*) from upg_line where programme_year = ? and centre_id = ? and status = 'CHOSEN'",
                year, inCentreId) > 0) {
            throw new JisrException("swap.alreadyInPlan", coming.centre().code());
        }
        Dirhams cost = s.unitCost(coming.centre().type());
        record Share(Dirhams budget, Dirhams used) {
        }
        Share share = sql.one("select budget, budget_used from upg_region where programme_year = ? and region_code = ?"
                + " for update", r -> new Share(r.dirhams("budget"), r.dirhams("budget_used")), year,
                leaving.regionCode()).orElseThrow();
        Dirhams used = share.used().minus(leaving.estimatedCost()).plus(cost);
        if (used.compareTo(share.budget()) > 0) {
            throw new JisrException("swap.overBudget", coming.centre().code(), share.budget());
        }
        sql.update("update upg_line set status = 'SWAPPED_OUT', version = version + 1 where programme_year = ?"
                + " and centre_id = ?", year, outCentreId);
        sql.update("delete from upg_line where programme_year = ? and centre_id = ?", year, inCentreId);
        LineWriter writer = new LineWriter(sql, year);
        writer.add(coming, leaving.rank(), cost, LineStatus.CHOSEN, true);
        writer.flush();
        sql.update("update upg_region set budget_used = ? where programme_year = ? and region_code = ?", used, year,
                leaving.regionCode());
        sql.update("insert into upg_swap (programme_year, region_code, out_centre_id, in_centre_id, justification,"
                + " swapped_by, swapped_at) values (?, ?, ?, ?, ?, ?, ?)", year, leaving.regionCode(), outCentreId,
                inCentreId, justification.strip(), me.username(), LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "plan", year + "/" + leaving.regionCode(), AuditAction.UPDATE)
                .inTerritory(leaving.regionCode(), null).withDetail("swap " + leaving.centreCode() + " -> "
                        + coming.centre().code() + ": " + justification.strip()));
    }

    @Override
    public void submit(int year, String regionCode) {
        ProgrammeStatus status = store.lockDraft(year).status();
        requireRegion(regionCode);
        if (status != ProgrammeStatus.DRAFTED) {
            throw new JisrException("plan.notDrafted", year);
        }
        int updated = store.sql().update("update upg_region set submitted_at = ?, submitted_by = ?, version = version + 1"
                + " where programme_year = ? and region_code = ? and submitted_at is null", LocalDateTime.now(),
                me.username(), year, regionCode);
        if (updated == 0) {
            throw new JisrException("plan.alreadySubmitted", regionCode);
        }
        audit.record(AuditEntry.of("upgrades", "plan", year + "/" + regionCode, AuditAction.UPDATE)
                .inTerritory(regionCode, null).withDetail("region submitted"));
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void approve(int year) {
        if (!me.scope().isNational()) {
            throw new JisrException("programme.nationalOnly");
        }
        ProgrammeEntity programme = store.lockDraft(year);
        if (programme.status() != ProgrammeStatus.DRAFTED) {
            throw new JisrException("plan.notDrafted", year);
        }
        Sql sql = store.sql();
        List<String> pending = sql.list("select region_code from upg_region where programme_year = ? and quota > 0"
                + " and submitted_at is null order by region_code", r -> r.string("region_code"), year);
        if (!pending.isEmpty()) {
            throw new JisrException("plan.regionsPending", String.join(", ", pending));
        }
        // the centres' histories show the planned upgrades, and the next plans leave those centres out
        Map<Long, Dirhams> chosen = new LinkedHashMap<>();
        sql.list("select centre_id, estimated_cost from upg_line where programme_year = ? and status = 'CHOSEN'",
                r -> Map.entry(r.number("centre_id"), r.dirhams("estimated_cost")), year)
                .forEach(e -> chosen.put(e.getKey(), e.getValue()));
        candidates.upgradesPlanned(year, works(year), chosen);
        programme.approved(me.username(), LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "programme", year, AuditAction.UPDATE).inScope(me.scope())
                .withDetail("plan approved"));
    }

    /** The works of a programme year in a centre's history; "works finished" finds the planned upgrade by it. */
    public static String works(int year) {
        return "Jisr upgrade programme " + year;
    }

    private boolean submitted(int year, String region) {
        return store.sql().number("select count(*) from upg_region where programme_year = ? and region_code = ?"
                + " and submitted_at is not null", year, region) > 0;
    }

    /** National users see every region; a coordinator, theirs; a provincial user, none. */
    private boolean mine(String region) {
        return me.scope().covers(region, null);
    }

    private void requireRegion(String region) {
        if (!mine(region)) {
            throw new JisrException("plan.outsideScope");
        }
    }
}
