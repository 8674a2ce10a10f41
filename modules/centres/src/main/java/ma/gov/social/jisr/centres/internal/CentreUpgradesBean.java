package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreFacts;
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
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.value.Dirhams;

@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class CentreUpgradesBean implements CentreUpgrades {
    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    @Override
    public List<RegionCensus> census(int year, int recentYears) {
        Map<String, RegionCensus> found = facts().census(year - recentYears + 1);
        String mine = territories.regionOf(me.scope());
        return territories.regions().stream().filter(r -> mine == null || mine.equals(r.code()))
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

    private CentreFactsQueries facts() {
        return new CentreFactsQueries(new Sql(dataSource), CentreFactsQueries.Centres.in(me.scope()));
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void upgradesPlanned(int year, String works, Map<Long, Dirhams> estimatedCosts) {
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
    public void upgradeFinished(long centreId, int year, String works, Dirhams actualCost) {
        CentreEntity centre = em.find(CentreEntity.class, centreId);
        if (centre == null || !me.scope().covers(centre.getRegionCode(), centre.getProvinceCode())) {
            throw new JisrException("centre.notFound");
        }
        List<UpgradeEntity> planned = em.createQuery("select u from UpgradeEntity u where u.centreId = :id"
                + " and u.year = :year and u.works = :works and u.status <> :cancelled", UpgradeEntity.class)
                .setParameter("id", centreId).setParameter("year", year).setParameter("works", works)
                .setParameter("cancelled", UpgradeStatus.CANCELLED).getResultList();
        planned.forEach(u -> u.done(actualCost));
        if (planned.isEmpty()) {
            em.persist(new UpgradeEntity(centreId, new Upgrade(year, works, actualCost, UpgradeStatus.DONE),
                    me.username(), LocalDateTime.now()));
        }
        centre.inspectionRequested(LocalDate.now());
        audit.record(AuditEntry.of("centres", "centre", centreId, AuditAction.UPDATE)
                .inTerritory(centre.getRegionCode(), centre.getProvinceCode())
                .withDetail("upgrade " + year + " done, cost " + actualCost + "; new inspection requested"));
    }
}
