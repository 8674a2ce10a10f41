package ma.gov.social.jisr.platform.api.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The one way to run bulk or report SQL: positional parameters, rows read by name through a
 * {@link RowMapper}. Records that change over time are entities; this is for what is read or written in
 * sets (plans, reports, lists deep in a million rows, imports).
 * <p>
 * Built on the application's JTA data source: inside a container transaction the connection is the
 * transaction's own, so these statements see and join the entity manager's work once it is flushed.
 * Parameters may be strings, numbers, booleans, {@link LocalDate}, {@link LocalDateTime},
 * {@link Dirhams}, enums (stored by name) and null.
 */
public final class Sql {
    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                Row row = new Row(rs);
                while (rs.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("more than one row: " + sql);
        }
        return rows.stream().findFirst();
    }

    /** A one-column, one-row answer (a count, a sum, an id); 0 when there is no row or it is null. */
    public long number(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.getMetaData().getColumnCount() != 1) {
                    throw new IllegalArgumentException("one column expected: " + sql);
                }
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /**
     * Ids from a sequence that hands out blocks of {@code block} (its INCREMENT BY, the entities'
     * allocationSize): one NEXTVAL per block, whose value ends the block, as EclipseLink uses it. Bulk
     * writers that must know their rows' ids draw them here, so that they never meet an entity's.
     */
    public LongSupplier ids(String sequence, int block) {
        if (!sequence.matches("\\w+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        long[] next = {1, 0};
        return () -> {
            if (next[0] > next[1]) {
                next[1] = number("select nextval(" + sequence + ")");
                next[0] = next[1] - block + 1;
            }
            return next[0]++;
        };
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** An INSERT into a table with an AUTO_INCREMENT key; returns the key it generated. */
    public long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no key generated: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** One statement run for many parameter rows, sent to the database in one batch. */
    public int[] batch(String sql, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(s, params);
                s.addBatch();
            }
            return s.executeBatch();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /**
     * Many rows in one multi-row INSERT per {@code perStatement} rows: a single statement the server plans and
     * checks once, where a driver's batch may still run one execution per row. {@code head} is the statement up
     * to VALUES ("insert into t (a, b)"); every row has as many values as it names columns.
     */
    public void insertRows(String head, Collection<Object[]> rows, int perStatement) {
        List<Object[]> all = new ArrayList<>(rows);
        for (int from = 0; from < all.size(); from += perStatement) {
            List<Object[]> part = all.subList(from, Math.min(all.size(), from + perStatement));
            String row = "(" + String.join(", ", Collections.nCopies(part.get(0).length, "?")) + ")";
            Object[] params = part.stream().flatMap(Arrays::stream).toArray();
            update(head + " values " + String.join(", ", Collections.nCopies(part.size(), row)), params);
        }
    }

    /** The text made literal inside a LIKE pattern (its %, _ and \\ match themselves), for JPQL and SQL alike. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Binds parameters the way every statement here does; for code that must hold its own statement. */
    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, jdbcValue(params[i]));
        }
    }

    static Object jdbcValue(Object value) {
        if (value instanceof Dirhams d) {
            return d.amount();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (value instanceof LocalDateTime t) {
            return Timestamp.valueOf(t);
        }
        return value;
    }

    private static IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("SQL failed: " + sql, e);
    }
}
