package ma.gov.social.jisr.women.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.women.api.KitFigures;
import ma.gov.social.jisr.women.api.KitFigures.Count;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;

/**
 * The kit report's sums over a period, within a territory: a movement that was reversed counts for nothing,
 * and reversals themselves are not counted. Stock on hand is today's.
 */
final class KitCounts {
    private static final String STANDING = " and m.kind <> 'REVERSAL' and not exists (select 1 from wom_kit_movement r"
            + " where r.reverses_id = m.id)";

    private final Sql sql;
    private final TerritorialScope scope;
    private final String region;
    private final KitKind kind;
    private final LocalDate from;
    private final LocalDate to;
    private final KitHolders holders;
    private final boolean arabic;

    KitCounts(Sql sql, TerritorialScope scope, String region, KitKind kind, LocalDate from, LocalDate to,
              KitHolders holders, boolean arabic) {
        this.sql = sql;
        this.scope = scope;
        this.region = region;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.holders = holders;
        this.arabic = arabic;
    }

    KitFigures figures() {
        List<Count> partners = named(grouped("concat(m.from_type, ':', m.from_key)", "DISTRIBUTION", "", ""));
        return new KitFigures(total("RECEIPT"), total("TRANSFER"), total("ALLOCATION"), total("DISTRIBUTION"),
                onHand(), grouped("m.region_code", "RECEIPT", "", ""),
                grouped("m.to_province_code", "ALLOCATION", "", ""),
                grouped("g.category", "DISTRIBUTION", " join wom_kit_given g on g.movement_id = m.id", "g.quantity"),
                grouped("m.region_code", "DISTRIBUTION", "", ""), grouped("m.province_code", "DISTRIBUTION", "", ""),
                partners, stockByRegion(), byKind());
    }

    /** Each kind's received, allocated and distributed kits, and what is on hand: a line per kind held or moved. */
    private List<KitFigures.KindLine> byKind() {
        Map<String, long[]> lines = new java.util.TreeMap<>();
        String[] moves = {"RECEIPT", "ALLOCATION", "DISTRIBUTION"};
        for (int i = 0; i < moves.length; i++) {
            int at = i;
            grouped("m.kit_kind", moves[i], "", "").forEach(c -> lines.computeIfAbsent(c.key(), k -> new long[4])[at] =
                    c.value());
        }
        KitSql w = stockWhere();
        sql.list("select s.kit_kind k, sum(s.quantity) n from wom_kit_stock s" + w.sql() + " group by s.kit_kind",
                r -> lines.computeIfAbsent(r.string("k"), k -> new long[4])[3] = r.number("n"), w.array());
        return lines.entrySet().stream().map(e -> new KitFigures.KindLine(KitKind.valueOf(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    private KitSql where(String move) {
        KitSql w = new KitSql(scope, region).seen().period(from, to).and("m.kind = ?", move);
        if (kind != null) {
            w.and("m.kit_kind = ?", kind.name());
        }
        return w;
    }

    private long total(String move) {
        KitSql w = where(move);
        return sql.number("select coalesce(sum(m.quantity), 0) from wom_kit_movement m" + w.sql() + STANDING,
                w.array());
    }

    private List<Count> grouped(String key, String move, String join, String quantity) {
        KitSql w = where(move);
        String sum = quantity.isEmpty() ? "m.quantity" : quantity;
        return sql.list("select " + key + " k, sum(" + sum + ") n from wom_kit_movement m" + join + w.sql()
                + STANDING + " group by " + key + " order by n desc, k", r -> new Count(r.string("k"), null,
                r.number("n")), w.array());
    }

    private long onHand() {
        KitSql w = stockWhere();
        return sql.number("select coalesce(sum(s.quantity), 0) from wom_kit_stock s" + w.sql(), w.array());
    }

    private List<Count> stockByRegion() {
        KitSql w = stockWhere();
        return sql.list("select s.region_code k, sum(s.quantity) n from wom_kit_stock s" + w.sql()
                + " group by s.region_code order by s.region_code", r -> new Count(r.string("k"), null,
                r.number("n")), w.array());
    }

    private KitSql stockWhere() {
        KitSql w = new KitSql(scope, region).stock();
        if (kind != null) {
            w.and("s.kit_kind = ?", kind.name());
        }
        return w;
    }

    private List<Count> named(List<Count> counts) {
        Set<KitHolder> all = new HashSet<>();
        counts.forEach(c -> all.add(KitHolder.ofCode(c.key())));
        Map<KitHolder, KitHolders.Place> places = holders.places(all);
        return counts.stream().map(c -> {
            KitHolders.Place p = places.get(KitHolder.ofCode(c.key()));
            return new Count(c.key(), p == null ? c.key() : p.name(arabic), c.value());
        }).toList();
    }
}
