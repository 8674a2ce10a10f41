package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseFigures;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.DashboardFigures;
import ma.gov.social.jisr.women.api.WomenDashboard;

/** Counts only: the kernel's (risk levels, provinces, referrals) and the intakes' kinds and channels. */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR})
public class WomenDashboardBean implements WomenDashboard {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseFigures figures;
    @Inject
    private CurrentUser me;

    @Override
    public DashboardFigures figures(String regionCode) {
        CaseFigures.Counts counts = figures.counts(WomenCases.MODULE, regionCode);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (me.scope().level()) {
            case NATIONAL -> { }
            case REGION -> {
                where.append(" and region_code = ?");
                params.add(me.scope().code());
            }
            case PROVINCE -> {
                where.append(" and province_code = ?");
                params.add(me.scope().code());
            }
        }
        if (regionCode != null && !regionCode.isBlank()) {
            where.append(" and region_code = ?");
            params.add(regionCode);
        }
        Sql sql = new Sql(dataSource);
        Map<String, Long> channels = new TreeMap<>();
        sql.list("select channel, count(*) n from wom_intake" + where + " group by channel",
                r -> channels.put(r.string("channel"), r.number("n")), params.toArray());
        Map<String, Long> kinds = new TreeMap<>();
        sql.list("select kinds, count(*) n from wom_intake" + where + " group by kinds", r -> {
            for (String kind : r.string("kinds").split(",")) {
                kinds.merge(kind, r.number("n"), Long::sum);
            }
            return null;
        }, params.toArray());
        return new DashboardFigures(kinds, channels, counts.byTriage(), counts.byProvince(),
                counts.referralsByStatus(), counts.open());
    }
}
