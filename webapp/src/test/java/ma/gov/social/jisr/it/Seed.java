package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * Records written straight into MariaDB, for tests about what happens to existing data. Their ids are far
 * above the ids the server hands out, so both can live side by side.
 */
final class Seed {
    private static final long FAR = 5_000_000L;

    private Seed() {
    }

    static long person(String firstAr, String lastAr, String first, String last, String sex, int year,
                       String cin, String province) throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            long id = next(c, "ppl_person_seq");
            try (PreparedStatement s = c.prepareStatement("insert into jisr.ppl_person (id, first_name_ar, last_name_ar,"
                    + " first_name_lat, last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year,"
                    + " birth_estimated, cin, region_code, province_code, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, 'it')")) {
                set(s, id, firstAr, lastAr, first, last, PersonNames.latinKey(first), PersonNames.latinKey(last),
                        PersonNames.arabicKey(firstAr), PersonNames.arabicKey(lastAr), sex, year, cin,
                        regionOf(c, province), province, LocalDateTime.now());
                s.executeUpdate();
            }
            return id;
        }
    }

    /** An open listening centre run by the ministry, at the given position. */
    static long centre(String code, String nameAr, String nameFr, String province, double latitude, double longitude)
            throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            long id = next(c, "cen_centre_seq");
            try (PreparedStatement s = c.prepareStatement("insert into jisr.cen_centre (id, code, name_ar, name_fr, type,"
                    + " region_code, province_code, area, latitude, longitude, managing_body, status, created_at,"
                    + " created_by) values (?, ?, ?, ?, 'LISTENING_CENTRE', ?, ?, 'URBAN', ?, ?, 'MINISTRY', 'OPEN', ?, 'it')")) {
                set(s, id, code, nameAr, nameFr, regionOf(c, province), province, latitude, longitude,
                        LocalDateTime.now());
                s.executeUpdate();
            }
            return id;
        }
    }

    /** Gives a centre an inspection score, as its latest inspection would. */
    static void inspected(long centreId, int score) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "update jisr.cen_centre set latest_score = ?, latest_inspected_on = current_date where id = ?")) {
            set(s, score, centreId);
            s.executeUpdate();
        }
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select nextval(jisr." + sequence + ")")) {
            rs.next();
            return rs.getLong(1) + FAR;
        }
    }

    private static String regionOf(Connection c, String province) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select region_code from jisr.plt_province where code = ?")) {
            s.setString(1, province);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
