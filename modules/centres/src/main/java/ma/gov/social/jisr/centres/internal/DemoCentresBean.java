package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * {@link CentreUpgradesBean}'s queries on the demo centres only: the same fact queries, so a demo plan is
 * ranked exactly as the planning job ranks. Open to all callers because demo data is written at deployment,
 * when nobody is logged in; every query and change is limited to the centres the demo wrote, so no real
 * record can be read or changed through it. Typed as {@link DemoCentres} only, so that injecting
 * {@code CentreUpgrades} still finds the secured bean alone.
 */
@Stateless
@PermitAll
@Typed(DemoCentres.class)
public class DemoCentresBean implements DemoCentres {
    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;

    @Override
    public List<RegionCensus> census(int year, int recentYears) {
        Map<String, RegionCensus> found = facts().census(year - recentYears + 1);
        return territories.regions().stream()
                .map(r -> found.getOrDefault(r.code(), new RegionCensus(r.code(), 0, 0, 0, 0, 0))).toList();
    }

    @Override
    public List<CentreFacts> openInspected(String regionCode, int upgradedUpTo) {
        return facts().openInspected(regionCode, upgradedUpTo);
    }

    @Override
    public Optional<CentreFacts> facts(String centreCode) {
        return facts().byCode(centreCode);
    }

    @Override
    public void upgradesPlanned(int year, String works, Map<Long, Dirhams> estimatedCosts) {
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
    public List<CentreCard> open(Collection<CentreType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>(List.of(DemoData.AUTHOR));
        params.addAll(types.stream().map(Enum::name).toList());
        return new Sql(dataSource).list("select id, code, name_ar, name_fr, type, region_code, province_code, beds"
                + " from cen_centre where created_by = ? and status = 'OPEN' and type in ("
                + String.join(",", types.stream().map(t -> "?").toList()) + ") order by province_code, name_fr, id",
                r -> new CentreCard(r.number("id"), r.string("code"), r.string("name_ar"), r.string("name_fr"),
                        r.enumValue("type", CentreType.class), CentreStatus.OPEN, r.string("region_code"),
                        r.string("province_code"), r.nullableInteger("beds")), params.toArray());
    }

    @Override
    public void upgradeFinished(long centreId, int year, String works, Dirhams actualCost) {
        upgradeFinished(centreId, year, works, actualCost, LocalDate.now());
    }

    @Override
    public void upgradeFinished(long centreId, int year, String works, Dirhams actualCost, LocalDate on) {
        if (demoCentres(Set.of(centreId)).isEmpty()) {
            throw new JisrException("centre.notFound");
        }
        // the planned upgrades were persisted by this unit: SQL sees them once they are written
        em.flush();
        Sql sql = new Sql(dataSource);
        int settled = sql.update("update cen_upgrade set status = 'DONE', cost_dirhams = ? where centre_id = ?"
                + " and upgrade_year = ? and works = ? and status <> 'CANCELLED'", actualCost, centreId, year, works);
        if (settled == 0) {
            em.persist(new UpgradeEntity(centreId, new Upgrade(year, works, actualCost, UpgradeStatus.DONE),
                    DemoData.AUTHOR, LocalDateTime.now()));
            em.flush();
        }
        sql.update("update cen_centre set inspection_requested_on = coalesce(inspection_requested_on, ?) where id = ?",
                on, centreId);
    }

    private Set<Long> demoCentres(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Object[] params = new Object[ids.size() + 1];
        params[0] = DemoData.AUTHOR;
        System.arraycopy(ids.toArray(), 0, params, 1, ids.size());
        return new HashSet<>(new Sql(dataSource).list("select id from cen_centre where created_by = ? and id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", r -> r.number("id"), params));
    }

    private CentreFactsQueries facts() {
        return new CentreFactsQueries(new Sql(dataSource), CentreFactsQueries.Centres.writtenBy(DemoData.AUTHOR));
    }
}
