package ma.gov.social.jisr.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements the application sent to MariaDB while something ran (MariaDB's general log, as a table).
 * Only for a test that nothing else runs alongside: the log is server-wide.
 */
final class QueryLog {
    interface Action {
        void run() throws Exception;
    }

    private QueryLog() {
    }

    /** The statements of other connections than this one that mention {@code text}, sent while {@code action} ran. */
    static List<String> statementsDuring(Action action, String text) throws Exception {
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            try {
                action.run();
            } finally {
                s.execute("SET GLOBAL general_log = 0");
            }
            try (PreparedStatement q = c.prepareStatement("SELECT CONVERT(argument USING utf8mb4)"
                    + " FROM mysql.general_log WHERE thread_id <> CONNECTION_ID()"
                    + " AND command_type IN ('Query', 'Execute') AND CONVERT(argument USING utf8mb4) LIKE ?")) {
                q.setString(1, "%" + text + "%");
                List<String> found = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB's general log is not available", e);
        }
    }
}
