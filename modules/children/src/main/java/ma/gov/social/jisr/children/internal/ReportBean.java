package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseFigures;
import ma.gov.social.jisr.casework.api.CaseTeams;
import ma.gov.social.jisr.children.api.PeriodicReport;
import ma.gov.social.jisr.children.api.PeriodicReport.PilotRow;
import ma.gov.social.jisr.children.api.ReportService;
import ma.gov.social.jisr.children.api.Team;
import ma.gov.social.jisr.children.internal.ReportQueries.ByProvince;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Counts for the periodic report, each one grouped query on the module's rows (indexed by province and date),
 * and the kernel's counts of cases opened and closed. Nothing about a person leaves here.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class ReportBean implements ReportService {
    /** A report covers at most this many days (a year and a bit): longer periods are asked year by year. */
    static final int MAX_DAYS = 400;

    @Inject
    private ChildStore store;
    @Inject
    private CaseFigures figures;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private CaseTeams teams;
    @Inject
    private AuditLog audit;

    @Override
    public PeriodicReport report(String provinceCode, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        boolean pilots = provinceCode == null || provinceCode.isBlank();
        List<String> provinces = provinces(provinceCode);
        ReportQueries q = new ReportQueries(store.sql(), provinces, from, to);
        CaseFigures.Period period = figures.period(ChildrenCases.MODULE, provinces, from, to);
        // each count grouped by province once: the totals and the national view's lines come from the same rows
        ByProvince identified = q.byProvince("'-'", "chi_identification", "identified_on");
        ByProvince measures = q.byProvince("kind", "chi_measure", "decided_on");
        ByProvince placed = q.inPlacementAtEnd();
        ByProvince flags = q.byProvince("concat(kind, '.', level)", "chi_flag", "raised_on");
        ReportQueries.DelayRows delays = q.delays();
        List<PilotRow> rows = new ArrayList<>();
        for (String p : pilots ? provinces : List.<String>of()) {
            rows.add(new PilotRow(p, identified.of(p), period.openedByProvince().getOrDefault(p, 0L),
                    period.closedByProvince().getOrDefault(p, 0L), period.openAtEndByProvince().getOrDefault(p, 0L),
                    measures.of(p), placed.of(p) - placed.of(p, "FAMILY_RETURN"), delays.averageOf(p),
                    flags.startingWith(p, "EARLY_MARRIAGE."), flags.startingWith(p, "SCHOOL_DROPOUT.")));
        }
        return new PeriodicReport(provinces, from, to, identified.total(), sum(period.openedByProvince()),
                sum(period.closedByProvince()), sum(period.openAtEndByProvince()), q.situations(), q.ageBands(),
                q.grouped("coalesce(sex, '-')", "chi_identification", "identified_on"), measures.byKey(),
                q.grouped("kind", "chi_placement", "placed_on"), placed.byKey(), period.closedByReason(),
                delays.total(), flags.byKey(), q.flagActions(), q.flagOutcomes(), rows);
    }

    @Override
    public void exporting(String provinceCode, LocalDate from, LocalDate to, String format) {
        checkPeriod(from, to);
        List<String> provinces = provinces(provinceCode);
        boolean allowed = me.hasRole(Roles.REGIONAL_COORDINATOR) || provinces.size() == 1
                && teams.mine(ChildrenCases.MODULE, provinces.get(0)).contains(Team.INFORMATION.name());
        AuditEntry entry = AuditEntry.of(ChildrenCases.MODULE, "periodic-report", null, allowed ? AuditAction.EXPORT
                : AuditAction.ACCESS_REFUSED).withDetail(format + " " + String.join(",", provinces) + " " + from + "/"
                + to);
        entry = provinces.size() == 1 ? entry.inTerritory(territories.province(provinces.get(0))
                .map(Province::regionCode).orElse(null), provinces.get(0)) : entry.inScope(me.scope());
        if (allowed) {
            audit.record(entry);
        } else {
            audit.recordNow(entry); // kept although the refusal rolls the transaction back
            throw new JisrException("children.report.informationTeamOnly");
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new JisrException("children.report.periodRequired");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new JisrException("children.report.period", MAX_DAYS);
        }
    }

    /** The one province asked for (within the caller's territory), or the pilots the caller's territory covers. */
    private List<String> provinces(String provinceCode) {
        if (provinceCode != null && !provinceCode.isBlank()) {
            Province p = territories.province(provinceCode).filter(x -> me.scope().covers(x.regionCode(), x.code()))
                    .orElseThrow(() -> new JisrException("children.committee.provinceRequired"));
            return List.of(p.code());
        }
        List<String> pilots = PILOTS.stream().filter(code -> territories.province(code)
                .filter(x -> me.scope().covers(x.regionCode(), x.code())).isPresent()).toList();
        if (pilots.isEmpty()) {
            throw new JisrException("children.report.noPilot");
        }
        return pilots;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
