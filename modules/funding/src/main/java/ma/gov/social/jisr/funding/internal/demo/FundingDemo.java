package ma.gov.social.jisr.funding.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The partner associations of the demo: about 180 in every region (more in Rabat and Casablanca), most with
 * an approved RIB, some with a change waiting for a second person, a few warned, suspended or blacklisted
 * with their decision. One transaction: all or nothing.
 */
@ApplicationScoped
public class FundingDemo implements DemoData {
    private static final long SEED = 2023_03_23;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;

    @Override
    public String module() {
        return "funding";
    }

    /** It reads nothing of the other modules' demo data; the centres' demo names its associations. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "fun_association");
    }

    @Override
    @Transactional
    public String seed() {
        DemoAssociations made = new DemoAssociations(new Random(SEED), territories.provinces());
        Sql sql = new Sql(dataSource);
        LongSupplier ids = sql.ids("fun_association_seq", 50); // AssociationEntity's allocationSize
        LongSupplier changeIds = sql.ids("fun_rib_change_seq", 50);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        for (DemoAssociations.Made a : made.associations()) {
            long id = ids.getAsLong();
            LocalDateTime at = a.registeredOn().plusYears(1).atTime(10, 0).isAfter(AS_OF.atStartOfDay())
                    ? AS_OF.atTime(9, 0) : a.registeredOn().plusYears(1).atTime(10, 0);
            rows.add(new Object[] {id, a.registrationNo(), a.nameAr(), a.nameFr(), a.province().regionCode(),
                a.province().code(), a.registeredOn(), a.domains(), a.contact(), a.phone(), a.status(),
                a.statusOn(), a.ribInForce(), a.ribInForce() == null ? null : at, at, AUTHOR, at, AUTHOR});
            // asked by the officer whose territory holds it, approved by the national finance officer
            String officer = switch (a.province().code()) {
                case "MA-RAB" -> "partenariat.rabat";
                case "MA-CAS" -> "partenariat.casa";
                default -> "partenariat";
            };
            if (a.ribInForce() != null) {
                changes.add(new Object[] {changeIds.getAsLong(), id, a.ribInForce(), "RIB initial / الحساب الأول",
                    at.minusDays(2), officer, "APPROVED", at, "finance", null});
            }
            if (a.ribWaiting() != null) {
                changes.add(new Object[] {changeIds.getAsLong(), id, a.ribWaiting(),
                    "Changement de banque / تغيير البنك", AS_OF.atTime(11, 30), officer, "PENDING", null, null, null});
            }
            if (a.statusOn() != null) {
                decisions.add(new Object[] {id, a.status(), a.decision(), a.statusOn(), a.statusOn().atTime(16, 0),
                    "partenariat"});
            }
        }
        sql.batch("insert into fun_association (id, registration_no, name_ar, name_fr, region_code, province_code,"
                + " registered_on, domains, contact_name, phone, status, status_on, rib, rib_since, created_at,"
                + " created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        sql.batch("insert into fun_rib_change (id, association_id, rib, reason, requested_at, requested_by, status,"
                + " decided_at, decided_by, decision_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes);
        sql.batch("insert into fun_status_decision (association_id, status, decision, decided_on, recorded_at,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?)", decisions);
        return "%,d partner associations, %,d RIB changes (%,d waiting), %,d status decisions".formatted(rows.size(),
                changes.size(), made.associations().stream().filter(a -> a.ribWaiting() != null).count(),
                decisions.size());
    }
}
