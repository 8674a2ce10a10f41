package ma.gov.social.jisr.centres.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Random;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.Inspection;
import ma.gov.social.jisr.centres.internal.demo.DemoCentreMaker.Centre;
import ma.gov.social.jisr.centres.internal.demo.DemoCentreMaker.Visit;
import ma.gov.social.jisr.centres.internal.demo.DemoCentreMaker.Works;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.DemoPartners;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * A few hundred demo centres in each region, spread over its provinces, with their inspections and past
 * upgrades. Written with batched JDBC in one transaction (thousands of rows in a few seconds); ids come from
 * the entities' own sequences, so centres created later on screens follow on.
 */
@ApplicationScoped
public class CentresDemo implements DemoData {
    private static final long SEED = 2026_10;
    private static final String CENTRE = "insert into cen_centre (id, code, name_ar, name_fr, type, region_code,"
            + " province_code, area, address, latitude, longitude, managing_body, partner_name, partner_association_id,"
            + " opened_on, status, places, beds, staff_total, staff_professional, latest_score, latest_inspected_on,"
            + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSPECTION = "insert into cen_inspection (id, centre_id, inspected_on, inspector,"
            + " building, equipment, accessibility, safety, staffing, overall, notes, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPGRADE = "insert into cen_upgrade (id, centre_id, upgrade_year, works, cost_dirhams,"
            + " status, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;
    @Inject
    private DemoPartners partners;

    @Override
    public String module() {
        return "centres";
    }

    /** After the funding demo's associations, which run its association-managed centres. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "cen_centre");
    }

    @Override
    public String seed() {
        Map<String, List<AssociationCard>> byProvince = partners.all().stream()
                .collect(Collectors.groupingBy(AssociationCard::provinceCode));
        return DemoData.allOrNothing(dataSource, "demo centres", c -> write(c, make(c), byProvince));
    }

    private List<Centre> make(Connection c) {
        DemoCentreMaker maker = new DemoCentreMaker(new Random(SEED), new SequenceBlock(c, "cen_centre_seq", 50),
                new SequenceBlock(c, "cen_inspection_seq", 50), new SequenceBlock(c, "cen_upgrade_seq", 50));
        return maker.country(territories.regions().stream().map(Region::code).toList(), territories::provincesOf);
    }

    /**
     * An association-managed centre is run by one of its province's demo associations (in turn), under that
     * association's name; a province without one keeps the catalogue's name, unlinked, as an imported centre.
     */
    private static String write(Connection c, List<Centre> centres, Map<String, List<AssociationCard>> partners)
            throws SQLException {
        int turn = 0;
        int inspections = 0;
        int upgrades = 0;
        try (PreparedStatement centre = c.prepareStatement(CENTRE);
             PreparedStatement service = c.prepareStatement("insert into cen_centre_service (centre_id, service)"
                     + " values (?, ?)");
             PreparedStatement coverage = c.prepareStatement("insert into cen_centre_coverage (centre_id,"
                     + " province_code) values (?, ?)")) {
            for (Centre x : centres) {
                Visit latest = x.latest();
                List<AssociationCard> around = partners.getOrDefault(x.province().code(), List.of());
                AssociationCard partner = x.partner() == null || around.isEmpty() ? null
                        : around.get(turn++ % around.size());
                set(centre, x.id(), x.code(), x.nameAr(), x.nameFr(), x.type().name(), x.province().regionCode(),
                        x.province().code(), x.area().name(), x.address(), x.latitude(), x.longitude(),
                        x.body().name(), partner == null ? x.partner() : partner.nameFr(),
                        partner == null ? null : partner.id(), x.openedOn(), x.status().name(), x.places(), x.beds(),
                        x.staffTotal(), x.staffProfessional(), latest == null ? null : latest.inspection().overall(),
                        latest == null ? null : latest.inspection().inspectedOn(), x.createdAt(), AUTHOR);
                centre.addBatch();
                for (var s : x.services()) {
                    set(service, x.id(), s.name());
                    service.addBatch();
                }
                for (String p : x.coverage()) {
                    set(coverage, x.id(), p);
                    coverage.addBatch();
                }
            }
            centre.executeBatch();
            service.executeBatch();
            coverage.executeBatch();
        }
        try (PreparedStatement inspection = c.prepareStatement(INSPECTION);
             PreparedStatement upgrade = c.prepareStatement(UPGRADE)) {
            for (Centre x : centres) {
                for (Visit v : x.visits()) {
                    Inspection i = v.inspection();
                    set(inspection, v.id(), x.id(), i.inspectedOn(), i.inspector(), i.building(), i.equipment(),
                            i.accessibility(), i.safety(), i.staffing(), i.overall(), i.notes(), AUTHOR,
                            i.inspectedOn().plusDays(1).atTime(10, 0));
                    inspection.addBatch();
                    inspections++;
                }
                for (Works w : x.works()) {
                    set(upgrade, w.id(), x.id(), w.year(), w.works(), w.cost().amount(), w.status().name(), AUTHOR,
                            java.time.LocalDate.of(w.year(), 12, 15).atTime(10, 0));
                    upgrade.addBatch();
                    upgrades++;
                }
            }
            inspection.executeBatch();
            upgrade.executeBatch();
        }
        return String.format("%,d centres, %,d inspections, %,d past upgrades", centres.size(), inspections, upgrades);
    }

    private static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (v instanceof java.time.LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof java.time.LocalDateTime t) {
                s.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else {
                s.setObject(i + 1, v);
            }
        }
    }
}
