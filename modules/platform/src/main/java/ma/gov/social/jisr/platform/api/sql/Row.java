package ma.gov.social.jisr.platform.api.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The current row of a result, read by column name (or alias), never by position: a column added to a
 * select cannot shift another one's meaning. Nullable columns have boxed readers.
 */
public final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public String string(String column) throws SQLException {
        return rs.getString(column);
    }

    /** A trimmed string, for CHAR columns. */
    public String code(String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : value.trim();
    }

    public long number(String column) throws SQLException {
        return rs.getLong(column);
    }

    public Long nullableNumber(String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    public Integer nullableInteger(String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public boolean flag(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    public BigDecimal decimal(String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    /** A money column (DECIMAL with two places), or null. */
    public Dirhams dirhams(String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Dirhams(value);
    }

    /** A money column kept in centimes (BIGINT), or null. */
    public Dirhams centimes(String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Dirhams.ofCentimes(value);
    }

    public LocalDate date(String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public LocalDateTime time(String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    /** A BLOB column, whole. */
    public byte[] bytes(String column) throws SQLException {
        return rs.getBytes(column);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value.trim());
    }
}
