package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.export.PdfTable;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.DashboardRow;
import ma.gov.social.jisr.upgrades.api.DashboardService;

/** Target vs approved vs finished, and budget planned vs spent, read in one query per year. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class DashboardBean implements DashboardService {
    /** Per region: quota, lines of an approved plan, finished works, planned and actual costs. */
    private static final String BY_REGION = "select r.region_code, r.quota,"
            + " coalesce(sum(p.status = 'APPROVED' and l.status = 'CHOSEN'), 0) as approved,"
            + " coalesce(sum(p.status = 'APPROVED' and l.status = 'CHOSEN' and l.works_status in ('FINISHED', 'RECEIVED')),"
            + " 0) as finished,"
            + " coalesce(sum(case when p.status = 'APPROVED' and l.status = 'CHOSEN' then l.estimated_cost end), 0)"
            + " as planned,"
            + " coalesce(sum(case when l.status = 'CHOSEN' then l.actual_cost end), 0) as spent"
            + " from upg_region r join upg_programme p on p.programme_year = r.programme_year"
            + " left join upg_line l on l.programme_year = r.programme_year and l.region_code = r.region_code";

    @Inject
    private ProgrammeStore store;
    @Inject
    private TerritoryService territories;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public List<DashboardRow> regions(int year) {
        List<DashboardRow> rows = new ArrayList<>();
        long target = 0;
        long approved = 0;
        long finished = 0;
        Dirhams planned = Dirhams.ZERO;
        Dirhams spent = Dirhams.ZERO;
        List<DashboardRow> all = store.sql().list(BY_REGION + " where r.programme_year = ?"
                + " group by r.region_code, r.quota order by r.region_code", r -> new DashboardRow(year,
                r.string("region_code"), r.number("quota"), r.number("approved"), r.number("finished"),
                r.dirhams("planned"), r.dirhams("spent")), year);
        for (DashboardRow row : all) {
            if (!me.scope().covers(row.regionCode(), null)) {
                continue;
            }
            rows.add(row);
            target += row.target();
            approved += row.approved();
            finished += row.finished();
            planned = planned.plus(row.budgetPlanned());
            spent = spent.plus(row.spent());
        }
        if (me.scope().isNational()) {
            // the national target is the programme's, which the regions' quotas reach only with enough centres
            target = store.find(year).map(p -> (long) p.settings().target()).orElse(target);
        }
        rows.add(new DashboardRow(year, null, target, approved, finished, planned, spent));
        return rows;
    }

    @Override
    public List<DashboardRow> years() {
        List<DashboardRow> rows = new ArrayList<>();
        for (int year : store.sql().list("select programme_year from upg_programme order by programme_year",
                r -> r.integer("programme_year"))) {
            List<DashboardRow> regions = regions(year);
            rows.add(regions.get(regions.size() - 1));
        }
        return rows;
    }

    @Override
    public void export(int year, Format format, Locale locale, OutputStream out) {
        DashboardTable table = new DashboardTable(locale, territories, regions(year), years());
        if (format == Format.PDF) {
            PdfTable.write(table.title(year), table.headers, table.rows, locale, out);
        } else {
            table.writeSpreadsheet(out);
        }
        audit.record(AuditEntry.of("upgrades", "dashboard", year, AuditAction.EXPORT).inScope(me.scope())
                .withDetail(format.name()));
    }
}
