package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitSource;

/**
 * The kit stock's writes, always inside the caller's transaction: a movement row, and the balances it
 * changes. Taking kits is one conditional UPDATE ("quantity >= wanted"): the row lock makes a second
 * distribution of the last kits wait, then find too few and change nothing.
 */
@ApplicationScoped
public class KitLedger {
    /** One movement as written; a side is null where there is none (a receipt has no source holder). */
    record Movement(KitMove kind, KitKind kitKind, int quantity, LocalDate on, KitHolders.Place from,
                    KitHolders.Place to, KitSource source, String reference, String note, Long reverses) {
    }

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    long write(Movement m, String by) {
        Sql sql = new Sql(dataSource);
        long id = sql.number("select nextval(wom_kit_movement_seq)");
        KitHolders.Place seen = m.from() != null ? m.from() : m.to();
        sql.update("insert into wom_kit_movement (id, kind, kit_kind, quantity, moved_on, from_type, from_key, to_type,"
                + " to_key, region_code, province_code, to_region_code, to_province_code, source, reference, note,"
                + " reverses_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, m.kind().name(), m.kitKind().name(), m.quantity(), m.on(),
                m.from() == null ? null : m.from().holder().type().name(), m.from() == null ? null : m.from().holder().key(),
                m.to() == null ? null : m.to().holder().type().name(), m.to() == null ? null : m.to().holder().key(),
                seen.regionCode(), seen.provinceCode(), m.to() == null ? null : m.to().regionCode(),
                m.to() == null ? null : m.to().provinceCode(), m.source() == null ? null : m.source().name(),
                m.reference(), m.note(), m.reverses(), LocalDateTime.now(), by);
        if (m.from() != null) {
            take(m.from(), m.kitKind(), m.quantity());
        }
        if (m.to() != null) {
            add(m.to(), m.kitKind(), m.quantity());
        }
        return id;
    }

    void given(long movementId, List<KitGiven> lines) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            KitGiven g = lines.get(i);
            rows.add(new Object[] {movementId, i + 1, g.category().name(), g.quantity(), g.personId()});
        }
        new Sql(dataSource).batch("insert into wom_kit_given (movement_id, line_no, category, quantity, person_id)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    int available(KitHolder holder, KitKind kind) {
        return (int) new Sql(dataSource).number("select coalesce(sum(quantity), 0) from wom_kit_stock"
                + " where holder_type = ? and holder_key = ? and kit_kind = ?", holder.type().name(), holder.key(),
                kind.name());
    }

    private void add(KitHolders.Place to, KitKind kind, int quantity) {
        new Sql(dataSource).update("insert into wom_kit_stock (holder_type, holder_key, kit_kind, region_code,"
                + " province_code, quantity) values (?, ?, ?, ?, ?, ?) on duplicate key update quantity = quantity + ?",
                to.holder().type().name(), to.holder().key(), kind.name(), to.regionCode(), to.provinceCode(),
                quantity, quantity);
    }

    private void take(KitHolders.Place from, KitKind kind, int quantity) {
        int changed = new Sql(dataSource).update("update wom_kit_stock set quantity = quantity - ?"
                + " where holder_type = ? and holder_key = ? and kit_kind = ? and quantity >= ?", quantity,
                from.holder().type().name(), from.holder().key(), kind.name(), quantity);
        if (changed == 0) {
            throw KitRules.beyondStock(quantity, available(from.holder(), kind));
        }
    }
}
