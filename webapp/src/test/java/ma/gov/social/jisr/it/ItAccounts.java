package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Staff accounts written straight into MariaDB for tests that must not disturb the demo accounts. */
final class ItAccounts {
    private ItAccounts() {
    }

    /** A new account with the same password, scope and roles as {@code model}; nothing if it exists already. */
    static void copyOf(String model, String username) throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            if (id(c, username) != null) {
                return;
            }
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("select nextval(jisr.plt_user_seq)")) {
                rs.next();
                id = rs.getLong(1); // a drawn value ends a block of 20 that only its drawer uses (V2__users.sql)
            }
            try (PreparedStatement s = c.prepareStatement("insert into jisr.plt_user (id, username, full_name,"
                    + " password_hash, scope_level, scope_code, preferred_language, created_at, created_by)"
                    + " select ?, ?, concat(full_name, ' ', ?), password_hash, scope_level, scope_code,"
                    + " preferred_language, now(), 'it' from jisr.plt_user where username = ?")) {
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, username);
                s.setString(4, model);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into jisr.plt_user_role (user_id, role)"
                    + " select ?, r.role from jisr.plt_user_role r join jisr.plt_user u on u.id = r.user_id"
                    + " where u.username = ?")) {
                s.setLong(1, id);
                s.setString(2, model);
                s.executeUpdate();
            }
        }
    }

    static void execute(String sql, Object... values) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static Long id(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from jisr.plt_user where username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
