package ma.gov.social.jisr.casework.internal;

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
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class CaseFiguresBean implements CaseFigures {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private CaseService cases;

    @Override
    public Counts counts(String module, String regionCode) {
        if (!cases.handlesModule(module)) {
            throw new JisrException(CaseGate.NOT_FOUND);
        }
        List<Object> params = new ArrayList<>(List.of(module));
        String where = " where module = ?" + territory("", params, regionCode);
        Sql sql = new Sql(dataSource);
        Map<String, Long> steps = grouped(sql, "select step k, count(*) n from cas_case" + where + " group by step",
                params);
        List<Object> open = new ArrayList<>(params);
        Map<String, Long> triage = grouped(sql, "select coalesce(triage, '-') k, count(*) n from cas_case" + where
                + " and step <> 'CLOSED' group by triage", open);
        Map<String, Long> provinces = grouped(sql, "select province_code k, count(*) n from cas_case" + where
                + " and step <> 'CLOSED' group by province_code", open);
        List<Object> rp = new ArrayList<>(List.of(module));
        Map<String, Long> referrals = grouped(sql, "select r.status k, count(*) n from cas_referral r where r.module = ?"
                + territory("r.", rp, regionCode) + " group by r.status", rp);
        long openCount = steps.entrySet().stream().filter(e -> !e.getKey().equals("CLOSED"))
                .mapToLong(Map.Entry::getValue).sum();
        return new Counts(openCount, steps, triage, provinces, referrals);
    }

    private String territory(String alias, List<Object> params, String regionCode) {
        StringBuilder where = new StringBuilder();
        switch (me.scope().level()) {
            case NATIONAL -> { }
            case REGION -> {
                where.append(" and ").append(alias).append("region_code = ?");
                params.add(me.scope().code());
            }
            case PROVINCE -> {
                where.append(" and ").append(alias).append("province_code = ?");
                params.add(me.scope().code());
            }
        }
        if (regionCode != null && !regionCode.isBlank()) {
            where.append(" and ").append(alias).append("region_code = ?");
            params.add(regionCode);
        }
        return where.toString();
    }

    private static Map<String, Long> grouped(Sql sql, String query, List<Object> params) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list(query, r -> counts.put(r.string("k"), r.number("n")), params.toArray());
        return counts;
    }
}
