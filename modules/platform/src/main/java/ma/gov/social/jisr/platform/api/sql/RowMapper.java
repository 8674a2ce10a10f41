package ma.gov.social.jisr.platform.api.sql;

import java.sql.SQLException;

/** Turns the current row into a value, reading columns by name. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row) throws SQLException;
}
