package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/** Says, once, which configuration the application booted with, so operations can check it. Never a password. */
@ApplicationScoped
public class BootReport {
    private static final Logger LOG = Logger.getLogger("jisr.boot");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private JisrSettings settings;

    void log(Map<String, String> schemaVersions) {
        StringBuilder text = new StringBuilder("Jisr started\n");
        text.append("  mode: ").append(settings.mode()).append('\n');
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            text.append("  database: ").append(withoutSecrets(meta.getURL())).append(" as ").append(meta.getUserName())
                    .append(" (server ").append(meta.getDatabaseProductVersion()).append(")\n");
        } catch (SQLException e) {
            text.append("  database: unreachable (").append(e.getMessage()).append(")\n");
        }
        text.append("  schema versions: ").append(schemaVersions).append('\n');
        text.append("  password hashing: PBKDF2-HMAC-SHA256, ").append(settings.pbkdf2Iterations())
                .append(" iterations\n");
        text.append("  lockout: ").append(settings.lockoutAttempts()).append(" failures, ")
                .append(settings.lockoutMinutes()).append(" minutes\n");
        text.append("  https: ").append(settings.https() ? "yes (Secure session cookie, HSTS)" : "no").append('\n');
        text.append("  java: ").append(System.getProperty("java.version")).append(", time zone ")
                .append(java.util.TimeZone.getDefault().getID());
        if (settings.isDevelopment()) {
            text.append("\n  DEVELOPMENT MODE: demo accounts ")
                    .append(DemoAccounts.ALL.stream().map(DemoAccounts.Demo::username).toList())
                    // a log collector keeps lines for years: not even the demo password (the README has it)
                    .append(", all with the demo password of the README");
        }
        LOG.info(text::toString);
    }

    /** Drops user info and query parameters that might hold credentials. */
    static String withoutSecrets(String url) {
        if (url == null) {
            return "?";
        }
        String noQuery = url.replaceAll("\\?.*$", "");
        return noQuery.replaceAll("//[^/@]*@", "//");
    }
}
