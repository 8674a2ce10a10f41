package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

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
    @Inject
    private TerritoryService territories;

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

    @Override
    public Period period(String module, Collection<String> provinceCodes, LocalDate from, LocalDate to) {
        if (!cases.handlesModule(module)) {
            throw new JisrException(CaseGate.NOT_FOUND);
        }
        List<String> provinces = provinceCodes.stream().filter(p -> me.scope().covers(regionOf(p), p)).toList();
        if (provinces.isEmpty() || from == null || to == null) {
            return new Period(Map.of(), Map.of(), Map.of(), Map.of());
        }
        String in = " where module = ? and province_code in (" + String.join(", ", provinces.stream().map(p -> "?")
                .toList()) + ")";
        List<Object> base = new ArrayList<>(List.of(module));
        base.addAll(provinces);
        Sql sql = new Sql(dataSource);
        List<Object> range = new ArrayList<>(base);
        range.addAll(List.of(from, to));
        List<Object> end = new ArrayList<>(base);
        end.addAll(List.of(to, to));
        return new Period(grouped(sql, "select province_code k, count(*) n from cas_case" + in
                        + " and opened_on between ? and ? group by province_code", range),
                grouped(sql, "select province_code k, count(*) n from cas_case" + in
                        + " and closed_on between ? and ? group by province_code", range),
                grouped(sql, "select coalesce(close_reason, '-') k, count(*) n from cas_case" + in
                        + " and closed_on between ? and ? group by close_reason", range),
                grouped(sql, "select province_code k, count(*) n from cas_case" + in
                        + " and opened_on <= ? and (closed_on is null or closed_on > ?) group by province_code", end));
    }

    private String regionOf(String provinceCode) {
        return territories.province(provinceCode).map(Province::regionCode).orElse("");
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
