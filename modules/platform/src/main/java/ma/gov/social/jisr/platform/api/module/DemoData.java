package ma.gov.social.jisr.platform.api.module;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * A module's demo records, so that a newcomer's first start in development mode shows every screen with
 * something true in it. One application-scoped CDI bean per module. The platform runs them at deployment,
 * after the migrations and the demo accounts, in {@link #order()} (the same idea as the schemas' order: a
 * module whose demo data reads another's comes after it), and only once: a module that already holds
 * records is left alone. Production never runs them, nor development with {@code JISR_DEMO_DATA=false}.
 * <p>
 * A seeder writes its own module's tables only, through its own code; what it needs from another module
 * comes through that module's api. Its random choices start from a fixed seed and its dates from
 * {@link #AS_OF}, so every first start writes the same records and screenshots stay comparable.
 */
public interface DemoData {
    /** The day the demo data describes: inspections, plans and works all lie on or before it. */
    LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    /** Who the demo records say created them; a module's demo api may touch only records marked so. */
    String AUTHOR = "demo-data";

    /** Lower-case module name, as in its schema. */
    String module();

    /** Modules whose demo data others read come first. */
    int order();

    /** Whether the module holds records already (seeded before, or entered by hand): then nothing is seeded. */
    boolean present();

    /**
     * Writes the module's demo records, all or nothing, and says in one line what it wrote (for the boot
     * log, e.g. "3,612 centres, 7,540 inspections").
     */
    String seed();

    /** The records of a seeder, written on one connection. */
    interface Writing<T> {
        T write(Connection connection) throws SQLException;
    }

    /** The usual {@link #present()}: whether the module's main table holds a row. */
    static boolean holdsRows(DataSource data, String table) {
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a seeder's writing on one connection, all or nothing; {@code what} names it in a failure. */
    static <T> T allOrNothing(DataSource data, String what, Writing<T> writing) {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = writing.write(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " not written", e);
        }
    }
}
