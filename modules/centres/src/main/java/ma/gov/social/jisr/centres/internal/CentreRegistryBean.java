package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreDetails;
import ma.gov.social.jisr.centres.api.CentreFilter;
import ma.gov.social.jisr.centres.api.CentreImportService;
import ma.gov.social.jisr.centres.api.CentreRow;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.Inspection;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.MapPoint;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class CentreRegistryBean implements CentreService {
    private static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;
    @Inject
    private AssociationDirectory associations;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a page turn only reads: no transaction of its own
    @RolesAllowed(Roles.STAFF)
    public List<CentreRow> rows(CentreFilter filter, PageRequest page) {
        return new CentreQuery(filter, me.scope()).rows(em, page.sortField(), page.ascending())
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public long count(CentreFilter filter) {
        return new CentreQuery(filter, me.scope()).count(em).getSingleResult();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public CentreDetails get(long id) {
        CentreEntity c = visible(id);
        List<Inspection> inspections = em.createQuery("select i from InspectionEntity i where i.centreId = :id"
                + " order by i.inspectedOn desc, i.id desc", InspectionEntity.class).setParameter("id", id)
                .getResultStream().map(InspectionEntity::toInspection).toList();
        List<Upgrade> upgrades = em.createQuery("select u from UpgradeEntity u where u.centreId = :id"
                + " order by u.year desc, u.id desc", UpgradeEntity.class).setParameter("id", id)
                .getResultStream().map(UpgradeEntity::toUpgrade).toList();
        return new CentreDetails(c.getId(), c.getVersion(), c.getRegionCode(), c.data(), inspections, upgrades,
                c.getInspectionRequestedOn());
    }

    @Override
    public long create(CentreData entered) {
        CentreData data = partnered(entered, null);
        String region = checked(data);
        if (!em.createQuery("select c.id from CentreEntity c where c.code = :code", Long.class)
                .setParameter("code", data.code()).getResultList().isEmpty()) {
            throw new JisrException("centre.code.taken", data.code());
        }
        CentreEntity centre = new CentreEntity(me.username(), LocalDateTime.now());
        centre.apply(data, region, me.username(), LocalDateTime.now());
        em.persist(centre);
        em.flush();
        record(centre, AuditAction.CREATE, data.code());
        return centre.getId();
    }

    @Override
    public void update(long id, long version, CentreData data) {
        CentreEntity centre = visible(id);
        if (centre.getVersion() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        if (!centre.getCode().equals(data.code())) {
            throw new JisrException("centre.code.fixed");
        }
        CentreData linked = partnered(data, centre.data());
        String region = checked(linked);
        centre.apply(linked, region, me.username(), LocalDateTime.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new JisrException("common.changedMeanwhile");
        }
        record(centre, AuditAction.UPDATE, null);
    }

    @Override
    public void recordInspection(long id, Inspection inspection) {
        CentreEntity centre = visible(id);
        CentreRules.check(inspection, centre.getOpenedOn(), LocalDate.now());
        em.persist(new InspectionEntity(id, inspection, me.username(), LocalDateTime.now()));
        centre.inspected(inspection.inspectedOn(), inspection.overall());
        record(centre, AuditAction.UPDATE, "inspection " + inspection.inspectedOn() + " overall "
                + inspection.overall());
    }

    @Override
    public void recordUpgrade(long id, Upgrade upgrade) {
        CentreEntity centre = visible(id);
        CentreRules.check(upgrade, LocalDate.now().getYear());
        em.persist(new UpgradeEntity(id, upgrade, me.username(), LocalDateTime.now()));
        record(centre, AuditAction.UPDATE, "upgrade " + upgrade.year() + " " + upgrade.status());
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public List<MapPoint> map(String provinceCode) {
        String region = territories.province(provinceCode).orElseThrow(() -> new JisrException("centre.notFound"))
                .regionCode();
        if (!me.scope().covers(region, provinceCode)) {
            throw new JisrException("centre.notFound");
        }
        return em.createQuery("select new ma.gov.social.jisr.centres.api.MapPoint(c.id, c.code, c.nameAr, c.nameFr,"
                + " c.type, c.status, c.latitude, c.longitude) from CentreEntity c where c.provinceCode = :p"
                + " and c.latitude is not null order by c.code", MapPoint.class)
                .setParameter("p", provinceCode).getResultList();
    }

    /** Recorded before the first byte in its own transaction (an aborted download rolls this one back). */
    @Override
    @RolesAllowed(Roles.STAFF)
    public long export(CentreFilter filter, ExportFormat format, OutputStream out) {
        CentreQuery query = new CentreQuery(filter, me.scope());
        audit.recordNow(exportEntry("started " + format + "; filter " + CentreQuery.describe(filter)));
        long written = 0;
        long lastId = 0;
        try (TableWriter table = TableWriter.open(format, out, CentreImportService.COLUMNS)) {
            List<CentreEntity> batch;
            do {
                batch = query.after(em, lastId).setMaxResults(EXPORT_BATCH).getResultList();
                Map<Long, AssociationCard> partners = associations.cards(batch.stream()
                        .map(c -> c.data().partnerAssociationId()).filter(Objects::nonNull).toList());
                for (CentreEntity c : batch) {
                    if (!table.hasRoom()) {
                        break;
                    }
                    CentreData d = c.data();
                    AssociationCard partner = d.partnerAssociationId() == null ? null
                            : partners.get(d.partnerAssociationId());
                    CentreCsv.write(table, d, partner == null ? null : partner.registrationNo());
                    lastId = c.getId();
                    written++;
                }
                em.clear();
            } while (batch.size() == EXPORT_BATCH && table.hasRoom());
        }
        audit.record(exportEntry("finished: " + written + " rows"));
        return written;
    }

    private AuditEntry exportEntry(String detail) {
        return AuditEntry.of("centres", "centre-list", null, AuditAction.EXPORT).inScope(me.scope())
                .withDetail(detail);
    }

    /** A centre outside my territory does not exist for me. */
    private CentreEntity visible(long id) {
        CentreEntity centre = em.find(CentreEntity.class, id);
        if (centre == null || !me.scope().covers(centre.getRegionCode(), centre.getProvinceCode())) {
            throw new JisrException("centre.notFound");
        }
        return centre;
    }

    /**
     * An association-managed centre names its association from the partner registry, whose name it keeps.
     * A centre imported with only its partner's name keeps it while that name is not changed: linking it is
     * asked for only when someone touches the partner.
     */
    private CentreData partnered(CentreData d, CentreData before) {
        if (d.managingBody() != ManagingBody.ASSOCIATION) {
            return d;
        }
        if (d.partnerAssociationId() == null) {
            boolean unchanged = before != null && before.partnerAssociationId() == null
                    && Objects.equals(before.partnerName(), d.partnerName());
            if (!unchanged) {
                throw new JisrException("centre.partner.fromRegistry");
            }
            return d;
        }
        AssociationCard partner = associations.card(d.partnerAssociationId())
                .orElseThrow(() -> new JisrException("centre.partner.fromRegistry"));
        return CentreRules.withPartner(d, partner.id(), partner.nameFr());
    }

    /** Refuses invalid data and a province outside my territory; returns the province's region. */
    private String checked(CentreData data) {
        List<JisrException> problems = CentreRules.check(data, code -> territories.province(code).isPresent(),
                LocalDate.now());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        String region = territories.province(data.provinceCode()).orElseThrow().regionCode();
        if (!me.scope().covers(region, data.provinceCode())) {
            throw new JisrException("centre.province.outsideScope");
        }
        return region;
    }

    private void record(CentreEntity c, AuditAction action, String detail) {
        audit.record(AuditEntry.of("centres", "centre", c.getId(), action)
                .inTerritory(c.getRegionCode(), c.getProvinceCode()).withDetail(detail));
    }
}
