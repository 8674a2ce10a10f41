package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** What the women's screens need that no screen of theirs creates: a shelter with few beds, a case worker. */
final class WomenFixtures {
    private static final long FAR = 6_000_000L;

    private WomenFixtures() {
    }

    /** An open women's shelter of the ministry with this many beds. */
    static long shelter(String code, String nameAr, String nameFr, String province, int beds) throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("select nextval(jisr.cen_centre_seq)")) {
                rs.next();
                id = rs.getLong(1) + FAR;
            }
            try (PreparedStatement s = c.prepareStatement("insert into jisr.cen_centre (id, code, name_ar, name_fr, type,"
                    + " region_code, province_code, area, latitude, longitude, managing_body, status, beds, created_at,"
                    + " created_by) select ?, ?, ?, ?, 'WOMEN_SHELTER', region_code, code, 'URBAN', 34.0, -6.84,"
                    + " 'MINISTRY', 'OPEN', ?, ?, 'it' from jisr.plt_province where code = ?")) {
                s.setLong(1, id);
                s.setString(2, code);
                s.setString(3, nameAr);
                s.setString(4, nameFr);
                s.setInt(5, beds);
                s.setObject(6, LocalDateTime.now());
                s.setString(7, province);
                s.executeUpdate();
            }
            return id;
        }
    }

    /** A women's case worker of a province: a copy of the demo account agent.rabat (women and children, Rabat). */
    static void caseWorker(String username) throws SQLException {
        ItAccounts.copyOf("agent.rabat", username);
        ItDatabase.language(username, "fr");
    }
}
