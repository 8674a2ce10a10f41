package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Salama kits as the ledger writes them, for the tests that need kits on hand before they start. */
final class KitFixtures {
    private KitFixtures() {
    }

    /** {@code quantity} kits received today by the region's store and allocated to the centre the same day. */
    static void holding(long centre, String region, String province, String kind, int quantity)
            throws SQLException {
        LocalDate today = LocalDate.now();
        ItAccounts.execute("insert into jisr.wom_kit_movement (id, kind, kit_kind, quantity, moved_on, to_type, to_key,"
                + " region_code, to_region_code, source, reference, recorded_at, recorded_by) values (?, 'RECEIPT', ?,"
                + " ?, ?, 'REGION', ?, ?, ?, 'UNFPA', 'IT-RECU', ?, 'it')", nextMovement(), kind, quantity, today,
                region, region, region, LocalDateTime.now());
        ItAccounts.execute("insert into jisr.wom_kit_movement (id, kind, kit_kind, quantity, moved_on, from_type,"
                + " from_key, to_type, to_key, region_code, to_region_code, to_province_code, recorded_at, recorded_by)"
                + " values (?, 'ALLOCATION', ?, ?, ?, 'REGION', ?, 'CENTRE', ?, ?, ?, ?, ?, 'it')", nextMovement(), kind,
                quantity, today, region, Long.toString(centre), region, region, province, LocalDateTime.now());
        // received and allocated alike: the store's balance does not change (0 if it had none)
        ItAccounts.execute("insert into jisr.wom_kit_stock (holder_type, holder_key, kit_kind, region_code,"
                + " province_code, quantity) values ('REGION', ?, ?, ?, null, 0) on duplicate key update"
                + " quantity = quantity", region, kind, region);
        ItAccounts.execute("insert into jisr.wom_kit_stock (holder_type, holder_key, kit_kind, region_code,"
                + " province_code, quantity) values ('CENTRE', ?, ?, ?, ?, ?)", Long.toString(centre), kind, region,
                province, quantity);
    }

    static long nextMovement() throws SQLException {
        try (Connection c = ItDatabase.connect();
             ResultSet rs = c.createStatement().executeQuery("select nextval(jisr.wom_kit_movement_seq)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
