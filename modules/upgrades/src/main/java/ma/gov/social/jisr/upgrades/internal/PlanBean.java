package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.Candidate;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.PlanService;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;
import ma.gov.social.jisr.upgrades.api.RegionPlan;

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
        return store.db().rows(LineReader.REGION + " where programme_year = ? order by region_code", year).stream()
                .map(LineReader::region).filter(r -> mine(r.regionCode())).toList();
    }

    @Override
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<PlanLine> lines(int year, String regionCode, LineStatus status) {
        requireRegion(regionCode);
        return LineReader.lines(store.db().rows(LineReader.LINE + " where programme_year = ? and region_code = ?"
                + " and status = ? order by region_rank, score desc, centre_id", year, regionCode, status.name()));
    }

    @Override
    public void swap(int year, long outCentreId, String inCentreCode, String justification) {
        ProgrammeSettings s = store.lockDraft(year).settings();
        if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
            throw new JisrException("swap.justification.required", MIN_JUSTIFICATION);
        }
        Db db = store.db();
        List<PlanLine> out = LineReader.lines(db.rows(LineReader.LINE + " where programme_year = ? and centre_id = ?"
                + " and status = 'CHOSEN' for update", year, outCentreId));
        if (out.isEmpty()) {
            throw new JisrException("swap.notInPlan", outCentreId);
        }
        PlanLine leaving = out.get(0);
        requireRegion(leaving.regionCode());
        if (submitted(year, leaving.regionCode())) {
            throw new JisrException("swap.submitted");
        }
        String code = inCentreCode == null ? "" : inCentreCode.strip();
        Candidate coming;
        try {
            coming = candidates.candidate(code, year, s.recentYears(), s.weights());
        } catch (JisrException notFound) {
            throw "centre.notFound".equals(notFound.messageKey()) ? new JisrException("swap.unknownCentre", code)
                    : notFound;
        }
        long inCentreId = coming.centreId();
        if (!coming.regionCode().equals(leaving.regionCode())) {
            throw new JisrException("swap.otherRegion", coming.code());
        }
        if (!db.column("select centre_id from upg_line where programme_year = ? and centre_id = ? and status = 'CHOSEN'",
                year, inCentreId).isEmpty()) {
            throw new JisrException("swap.alreadyInPlan", coming.code());
        }
        BigDecimal cost = s.unitCost(coming.type());
        Object[] share = db.rows("select budget, budget_used from upg_region where programme_year = ? and region_code = ?"
                + " for update", year, leaving.regionCode()).get(0);
        BigDecimal used = Db.decimal(share[1]).subtract(leaving.estimatedCost()).add(cost);
        if (used.compareTo(Db.decimal(share[0])) > 0) {
            throw new JisrException("swap.overBudget", coming.code(), Db.decimal(share[0]));
        }
        db.update("update upg_line set status = 'SWAPPED_OUT', version = version + 1 where programme_year = ?"
                + " and centre_id = ?", year, outCentreId);
        db.update("delete from upg_line where programme_year = ? and centre_id = ?", year, inCentreId);
        LineWriter writer = new LineWriter(db, year);
        writer.add(coming, leaving.rank(), cost, LineStatus.CHOSEN, true);
        writer.flush();
        db.update("update upg_region set budget_used = ? where programme_year = ? and region_code = ?", used, year,
                leaving.regionCode());
        db.update("insert into upg_swap (programme_year, region_code, out_centre_id, in_centre_id, justification,"
                + " swapped_by, swapped_at) values (?, ?, ?, ?, ?, ?, ?)", year, leaving.regionCode(), outCentreId,
                inCentreId, justification.strip(), me.username(), LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "plan", year + "/" + leaving.regionCode(), AuditAction.UPDATE)
                .inTerritory(leaving.regionCode(), null).withDetail("swap " + leaving.centreCode() + " -> "
                        + coming.code() + ": " + justification.strip()));
    }

    @Override
    public void submit(int year, String regionCode) {
        ProgrammeStatus status = store.lockDraft(year).status();
        requireRegion(regionCode);
        if (status != ProgrammeStatus.DRAFTED) {
            throw new JisrException("plan.notDrafted", year);
        }
        int updated = store.db().update("update upg_region set submitted_at = ?, submitted_by = ?, version = version + 1"
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
        ProgrammeStatus status = store.lockDraft(year).status();
        Db db = store.db();
        if (status != ProgrammeStatus.DRAFTED) {
            throw new JisrException("plan.notDrafted", year);
        }
        List<String> pending = db.column("select region_code from upg_region where programme_year = ? and quota > 0"
                + " and submitted_at is null order by region_code", year);
        if (!pending.isEmpty()) {
            throw new JisrException("plan.regionsPending", String.join(", ", pending));
        }
        // the centres' histories show the planned upgrades, and the next plans leave those centres out
        Map<Long, BigDecimal> chosen = new LinkedHashMap<>();
        LineReader.lines(db.rows(LineReader.LINE + " where programme_year = ? and status = 'CHOSEN'", year))
                .forEach(line -> chosen.put(line.centreId(), line.estimatedCost()));
        candidates.upgradesPlanned(year, works(year), chosen);
        db.update("update upg_programme set status = 'APPROVED', approved_at = ?, approved_by = ?, version = version + 1"
                + " where programme_year = ?", LocalDateTime.now(), me.username(), year);
        audit.record(AuditEntry.of("upgrades", "programme", year, AuditAction.UPDATE).inScope(me.scope())
                .withDetail("plan approved"));
    }

    /** The works of a programme year in a centre's history; "works finished" finds the planned upgrade by it. */
    public static String works(int year) {
        return "Jisr upgrade programme " + year;
    }

    private boolean submitted(int year, String region) {
        return !store.db().column("select region_code from upg_region where programme_year = ? and region_code = ?"
                + " and submitted_at is not null", year, region).isEmpty();
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
