package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.centres.api.Candidate;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.centres.api.PriorityWeights;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * {@link CentreUpgradesBean}'s queries on the demo centres only: the same candidate SQL, so a demo plan is
 * ranked exactly as the planning job ranks. Open to all callers because demo data is written at deployment,
 * when nobody is logged in; every query and change is limited to the centres the demo wrote, so no real
 * record can be read or changed through it. Typed as {@link DemoCentres} only, so that injecting
 * {@code CentreUpgrades} still finds the secured bean alone.
 */
@Stateless
@PermitAll
@Typed(DemoCentres.class)
public class DemoCentresBean implements DemoCentres {
    private static final String DEMO = CandidateSql.centresBy(DemoData.AUTHOR);

    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Inject
    private TerritoryService territories;

    @Override
    public List<RegionCensus> census(int year, int recentYears) {
        String recent = "(last_upgrade is not null and last_upgrade > ?1 - ?2)";
        String sql = "select c.region_code, count(*),"
                + " sum(c.status = 'OPEN' and c.latest_score is not null and not " + recent + "),"
                + " sum(c.status = 'OPEN' and c.latest_score is null and not " + recent + "),"
                + " sum(c.status = 'OPEN' and " + recent + "),"
                + " sum(c.status <> 'OPEN')"
                + " from " + DEMO + " group by c.region_code";
        Map<String, RegionCensus> found = new HashMap<>();
        for (Object[] r : rows(sql, CandidateSql.params(year, recentYears))) {
            found.put((String) r[0], new RegionCensus((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), number(r[5])));
        }
        return territories.regions().stream()
                .map(r -> found.getOrDefault(r.code(), new RegionCensus(r.code(), 0, 0, 0, 0, 0))).toList();
    }

    @Override
    public List<Candidate> ranked(String regionCode, int year, int recentYears, PriorityWeights weights, int offset,
                                  int limit) {
        List<Object> params = CandidateSql.params(year, recentYears);
        params.add(regionCode);
        String sql = "select * from (select " + CandidateSql.COLUMNS + " from " + DEMO + " where c.region_code = ?3"
                + " and " + CandidateSql.ELIGIBLE + ") k order by " + CandidateSql.score(weights) + " desc, k.id"
                + " limit " + Math.max(limit, 0) + " offset " + Math.max(offset, 0);
        return rows(sql, params).stream().map(r -> CentreUpgradesBean.candidate(r, year, weights)).toList();
    }

    @Override
    public Candidate candidate(String centreCode, int year, int recentYears, PriorityWeights weights) {
        List<Object> params = CandidateSql.params(year, recentYears);
        params.add(centreCode == null ? "" : centreCode.strip());
        List<Object[]> found = rows("select " + CandidateSql.COLUMNS + ", c.status from " + DEMO + " where c.code = ?3",
                params);
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
        return CentreUpgradesBean.candidate(r, year, weights);
    }

    @Override
    public void upgradesPlanned(int year, String works, Map<Long, BigDecimal> estimatedCosts) {
        Set<Long> demo = demoCentres(estimatedCosts.keySet());
        LocalDateTime now = LocalDateTime.now();
        estimatedCosts.forEach((id, cost) -> {
            if (!demo.contains(id)) {
                throw new JisrException("centre.notFound");
            }
            em.persist(new UpgradeEntity(id, new Upgrade(year, works, cost, UpgradeStatus.PLANNED), DemoData.AUTHOR,
                    now));
        });
        em.flush();
    }

    @Override
    public void upgradeFinished(long centreId, int year, String works, BigDecimal actualCost) {
        upgradeFinished(centreId, year, works, actualCost, LocalDate.now());
    }

    @Override
    public void upgradeFinished(long centreId, int year, String works, BigDecimal actualCost, LocalDate on) {
        if (demoCentres(Set.of(centreId)).isEmpty()) {
            throw new JisrException("centre.notFound");
        }
        int settled = query("update cen_upgrade set status = 'DONE', cost_dirhams = ?1 where centre_id = ?2"
                + " and upgrade_year = ?3 and works = ?4 and status <> 'CANCELLED'", actualCost, centreId, year, works)
                .executeUpdate();
        if (settled == 0) {
            em.persist(new UpgradeEntity(centreId, new Upgrade(year, works, actualCost, UpgradeStatus.DONE),
                    DemoData.AUTHOR, LocalDateTime.now()));
            em.flush();
        }
        query("update cen_centre set inspection_requested_on = coalesce(inspection_requested_on, ?1) where id = ?2",
                on, centreId).executeUpdate();
    }

    private Set<Long> demoCentres(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<?> found = query("select id from cen_centre where created_by = ?1 and id in (" + list + ")",
                DemoData.AUTHOR).getResultList();
        Set<Long> demo = new HashSet<>();
        found.forEach(id -> demo.add(((Number) id).longValue()));
        return demo;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        return query(sql, params.toArray()).getResultList();
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
