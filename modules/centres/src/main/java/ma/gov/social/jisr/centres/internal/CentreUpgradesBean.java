package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.Candidate;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.PriorityParts;
import ma.gov.social.jisr.centres.api.PriorityWeights;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.centres.api.CentreUpgrades;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class CentreUpgradesBean implements CentreUpgrades {
    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    @Override
    public List<RegionCensus> census(int year, int recentYears) {
        List<Object> params = CandidateSql.params(year, recentYears);
        String recent = "(last_upgrade is not null and last_upgrade > ?1 - ?2)";
        String sql = "select c.region_code, count(*),"
                + " sum(c.status = 'OPEN' and c.latest_score is not null and not " + recent + "),"
                + " sum(c.status = 'OPEN' and c.latest_score is null and not " + recent + "),"
                + " sum(c.status = 'OPEN' and " + recent + "),"
                + " sum(c.status <> 'OPEN')"
                + " from " + CandidateSql.centres() + " where 1 = 1" + CandidateSql.scope(me.scope(), params)
                + " group by c.region_code";
        Map<String, RegionCensus> found = new HashMap<>();
        for (Object[] r : rows(sql, params)) {
            found.put((String) r[0], new RegionCensus((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), number(r[5])));
        }
        String mine = territories.regionOf(me.scope());
        return territories.regions().stream().filter(r -> mine == null || mine.equals(r.code()))
                .map(r -> found.getOrDefault(r.code(), new RegionCensus(r.code(), 0, 0, 0, 0, 0))).toList();
    }

    @Override
    public List<Candidate> ranked(String regionCode, int year, int recentYears, PriorityWeights weights, int offset,
                                  int limit) {
        List<Object> params = CandidateSql.params(year, recentYears);
        params.add(regionCode);
        String region = "?" + params.size();
        String sql = "select * from (select " + CandidateSql.COLUMNS + " from " + CandidateSql.centres()
                + " where c.region_code = " + region + " and " + CandidateSql.ELIGIBLE
                + CandidateSql.scope(me.scope(), params) + ") k order by " + CandidateSql.score(weights) + " desc, k.id"
                + " limit " + Math.max(limit, 0) + " offset " + Math.max(offset, 0);
        return rows(sql, params).stream().map(r -> candidate(r, year, weights)).toList();
    }

    @Override
    public Candidate candidate(String centreCode, int year, int recentYears, PriorityWeights weights) {
        List<Object> params = CandidateSql.params(year, recentYears);
        params.add(centreCode == null ? "" : centreCode.strip());
        String sql = "select " + CandidateSql.COLUMNS + ", c.status from " + CandidateSql.centres()
                + " where c.code = ?" + params.size() + CandidateSql.scope(me.scope(), params);
        List<Object[]> found = rows(sql, params);
        if (found.isEmpty()) {
            throw new JisrException("centre.notFound");
        }
        Object[] r = found.get(0);
        if (!"OPEN".equals(r[r.length - 1])) {
            throw new JisrException("candidate.notOpen", r[1]);
        }
        if (r[9] != null && number(r[9]) > year - recentYears) {
            throw new JisrException("candidate.recentlyUpgraded", r[1], number(r[9]));
        }
        if (r[8] == null) {
            throw new JisrException("candidate.notInspected", r[1]);
        }
        return candidate(r, year, weights);
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void upgradesPlanned(int year, String works, Map<Long, BigDecimal> estimatedCosts) {
        if (!me.scope().isNational()) {
            throw new JisrException("centre.notFound");
        }
        LocalDateTime now = LocalDateTime.now();
        estimatedCosts.forEach((centreId, cost) -> {
            Upgrade upgrade = new Upgrade(year, works, cost, UpgradeStatus.PLANNED);
            CentreRules.check(upgrade, LocalDate.now().getYear());
            em.persist(new UpgradeEntity(centreId, upgrade, me.username(), now));
        });
        em.flush();
        audit.record(AuditEntry.of("centres", "upgrade-plan", year, AuditAction.CREATE).inScope(me.scope())
                .withDetail(estimatedCosts.size() + " planned upgrades recorded: " + works));
    }

    @Override
    public void upgradeFinished(long centreId, int year, String works, BigDecimal actualCost) {
        CentreEntity centre = em.find(CentreEntity.class, centreId);
        if (centre == null || !me.scope().covers(centre.getRegionCode(), centre.getProvinceCode())) {
            throw new JisrException("centre.notFound");
        }
        int settled = em.createQuery("update UpgradeEntity u set u.status = :done, u.costDirhams = :cost"
                + " where u.centreId = :id and u.year = :year and u.works = :works and u.status <> :cancelled")
                .setParameter("done", UpgradeStatus.DONE).setParameter("cost", actualCost).setParameter("id", centreId)
                .setParameter("year", year).setParameter("works", works)
                .setParameter("cancelled", UpgradeStatus.CANCELLED).executeUpdate();
        if (settled == 0) {
            em.persist(new UpgradeEntity(centreId, new Upgrade(year, works, actualCost, UpgradeStatus.DONE),
                    me.username(), LocalDateTime.now()));
        }
        centre.inspectionRequested(LocalDate.now());
        audit.record(AuditEntry.of("centres", "centre", centreId, AuditAction.UPDATE)
                .inTerritory(centre.getRegionCode(), centre.getProvinceCode())
                .withDetail("upgrade " + year + " done, cost " + actualCost + "; new inspection requested"));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    static Candidate candidate(Object[] r, int year, PriorityWeights weights) {
        PriorityParts parts = new PriorityParts(decimal(r[10]), decimal(r[11]), decimal(r[12]), decimal(r[13]),
                decimal(r[14]));
        return new Candidate(number(r[0]), (String) r[1], (String) r[2], (String) r[3], CentreType.valueOf((String) r[4]),
                (String) r[5], (String) r[6], Area.valueOf((String) r[7]), (int) number(r[8]),
                r[9] == null ? null : (int) number(r[9]), parts, weights.score(parts));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static double decimal(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
