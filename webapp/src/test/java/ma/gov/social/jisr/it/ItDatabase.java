package ma.gov.social.jisr.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.dev.EmbeddedMariaDb;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real MariaDB for the whole integration-test run, started before the first Payara Micro boots
 * (the server reads its address from the JISR_DB_* variables failsafe sets). Also a JDBC window on it.
 */
public class ItDatabase implements BeforeAllCallback {
    private static EmbeddedMariaDb db;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (db == null) {
            int port = Integer.parseInt(System.getProperty("jisr.it.db.port"));
            File home = new File(System.getProperty("jisr.it.db.dir"));
            deleteRecursively(home); // every run starts from an empty database, whatever an aborted run left
            db = EmbeddedMariaDb.start(port, home, false);
            db.createDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        }
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }

    /** The database stopped and started again under the running servers (the crash test's). */
    static synchronized void restart() {
        start();
        db.restart();
    }

    public static Connection connect() throws SQLException {
        start();
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    public static List<String> column(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** Other test classes share the database and may have switched an account's language: set it back. */
    public static void language(String username, String language) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(
                "update jisr.plt_user set preferred_language = ? where username = ?")) {
            s.setString(1, language);
            s.setString(2, username);
            s.executeUpdate();
        }
    }

    public static long number(String sql) throws SQLException {
        return Long.parseLong(column(sql).get(0));
    }
}
