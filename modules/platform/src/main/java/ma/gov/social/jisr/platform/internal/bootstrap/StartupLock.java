package ma.gov.social.jisr.platform.internal.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A MariaDB named lock held while a server does what only one server may do at a time at deployment (create
 * the first administrator, seed the demo): two servers starting together on an empty database take turns,
 * and the second finds the work done. Held on a connection of its own, outside any transaction, for as long
 * as this object is open; released (and the connection returned) on close.
 */
final class StartupLock implements AutoCloseable {
    static final String NAME = "jisr-startup";
    /** Long enough for the other server's demo seeding on a loaded machine; then this deployment fails. */
    static final int WAIT_SECONDS = 300;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(DataSource dataSource) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement s = c.prepareStatement("select get_lock(?, ?)")) {
                s.setString(1, NAME);
                s.setInt(2, WAIT_SECONDS);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return new StartupLock(c);
                    }
                }
            }
            c.close();
            throw new IllegalStateException("another server held the startup lock for " + WAIT_SECONDS + " s");
        } catch (SQLException e) {
            throw new IllegalStateException("the startup lock could not be taken", e);
        }
    }

    @Override
    public void close() {
        try (Connection c = connection; PreparedStatement s = c.prepareStatement("select release_lock(?)")) {
            s.setString(1, NAME);
            s.executeQuery().close();
        } catch (SQLException e) {
            // the connection's end releases the lock anyway
        }
    }
}
