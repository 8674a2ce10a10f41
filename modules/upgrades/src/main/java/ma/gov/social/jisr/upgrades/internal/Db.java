package ma.gov.social.jisr.upgrades.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Plain SQL on the upgrades unit's connection, in the caller's transaction. The plan's tables are written
 * in bulk by the planning job and read as reports: rows, not entities with a life of their own.
 */
final class Db {
    private final EntityManager em;

    Db(EntityManager em) {
        this.em = em;
    }

    int update(String sql, Object... params) {
        return query(sql, params).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    @SuppressWarnings("unchecked")
    <T> List<T> column(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    private Query query(String sql, Object... params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }

    static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static LocalDateTime time(Object o) {
        return o == null ? null : o instanceof LocalDateTime t ? t : ((Timestamp) o).toLocalDateTime();
    }

    static long cents(BigDecimal dirhams) {
        return dirhams.movePointRight(2).longValueExact();
    }

    static BigDecimal dirhams(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
