package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * Imports as the database records them: one caught half-way (its row SAVING, its rows staged), as a
 * server that is still running it, or that was killed, leaves it; and waiting for an import to end.
 */
final class ImportFixtures {
    private static final long FAR = 7_000_000L;

    private ImportFixtures() {
    }

    /** An import that began an hour ago (before this server started) and is saving now. */
    static void saving(String id, String module, String kind, String username, String fileName) throws SQLException {
        update("insert into jisr.plt_import (id, module, kind, username, file_name, state, line_count, checked_count,"
                + " saved_count, server, started_at, heartbeat_at) values (?, ?, ?, ?, ?, 'SAVING', 3, 3, 2,"
                + " 'another-server#1', now(3) - interval 1 hour, now(3))", id, module, kind, username, fileName);
    }

    /** What its server does while it lives: the heartbeat moves. */
    static void heartbeat(String id) throws SQLException {
        update("update jisr.plt_import set heartbeat_at = now(3) where id = ?", id);
    }

    static long stagedPerson(String tag, String firstAr, String lastAr, String first, String last, String sex, int year,
                             String cin, String province) throws SQLException {
        long id = next("ppl_person_seq");
        update("insert into jisr.ppl_person_import (id, import_tag, first_name_ar, last_name_ar, first_name_lat,"
                + " last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year, birth_estimated, cin,"
                + " region_code, province_code, created_at, created_by) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true,"
                + " ?, region_code, code, now(3), 'it' from jisr.plt_province where code = ?", id, tag, firstAr, lastAr,
                first, last, PersonNames.latinKey(first), PersonNames.latinKey(last), PersonNames.arabicKey(firstAr),
                PersonNames.arabicKey(lastAr), sex, year, cin, province);
        return id;
    }

    /** A held line of the import, as a person import writes it before the import is published. */
    static void stagedHold(String tag, long line, String first, String last, String province) throws SQLException {
        update("insert into jisr.ppl_import_hold (import_tag, line_number, state, first_name_ar, last_name_ar,"
                + " first_name_lat, last_name_lat, sex, estimated_birth_year, region_code, province_code, candidate_ids,"
                + " similar_lines) select ?, ?, 'STAGED', 'سناء', 'الرباطي', ?, ?, 'FEMALE', 1990, region_code, code,"
                + " '', '2' from jisr.plt_province where code = ?", tag, line, first, last, province);
    }

    static long stagedCentre(String tag, String code, String nameFr, String province) throws SQLException {
        long id = next("cen_centre_seq");
        update("insert into jisr.cen_centre_import (id, import_tag, code, name_ar, name_fr, type, region_code,"
                + " province_code, area, latitude, longitude, managing_body, status, created_at, created_by)"
                + " select ?, ?, ?, 'مركز', ?, 'LISTENING_CENTRE', region_code, code, 'URBAN', 32.0, -1.9, 'MINISTRY',"
                + " 'OPEN', now(3), 'it' from jisr.plt_province where code = ?", id, tag, code, nameFr, province);
        update("insert into jisr.cen_centre_service_import (import_tag, centre_id, service) values (?, ?, 'LISTENING')",
                tag, id);
        return id;
    }

    /** The state of the import of that file name, once it has ended (FAILED if it does not end in time). */
    static String awaitEnd(String fileName) throws Exception {
        for (int i = 0; i < 120; i++) {
            String state = text("select state from jisr.plt_import where file_name = ? order by started_at desc limit 1",
                    fileName);
            if (state != null && !state.equals("VALIDATING") && !state.equals("SAVING") && !state.equals("UNDOING")) {
                return state;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the import of " + fileName + " did not end");
    }

    static String text(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void update(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static long next(String sequence) throws SQLException {
        try (Connection c = ItDatabase.connect(); ResultSet rs = c.createStatement()
                .executeQuery("select nextval(jisr." + sequence + ")")) {
            rs.next();
            return rs.getLong(1) + FAR;
        }
    }
}
