package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.women.api.KitFigures;
import ma.gov.social.jisr.women.api.KitFilter;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitMovementRow;
import ma.gov.social.jisr.women.api.KitSource;
import ma.gov.social.jisr.women.api.KitStockRow;

/**
 * The kit stock's reads, always within the caller's territory: a movement is seen from either of its sides
 * (a province sees what was allocated to it and what it gave), a balance from its holder's place.
 */
@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KitReader {
    private static final String MOVEMENT = "select m.*, r.id reversed_by, (select group_concat(concat(g.category, ':',"
            + " g.quantity) order by g.line_no separator ',') from wom_kit_given g where g.movement_id = m.id) given"
            + " from wom_kit_movement m left join wom_kit_movement r on r.reverses_id = m.id";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private KitHolders holders;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    public KitMovementRow movement(long id) {
        List<KitMovementRow> rows = named(new Sql(dataSource).list(MOVEMENT + " where m.id = ?", KitReader::row, id));
        if (rows.isEmpty()) {
            throw new JisrException("kits.movement.notFound");
        }
        return rows.get(0);
    }

    public List<KitStockRow> stock(String regionCode) {
        KitSql where = new KitSql(me.scope(), region(regionCode));
        where.stock();
        List<Object[]> raw = new Sql(dataSource).list("select holder_type, holder_key, kit_kind, region_code,"
                + " province_code, quantity from wom_kit_stock s" + where.sql() + " order by region_code,"
                + " province_code is not null, province_code, holder_type, holder_key, kit_kind", r -> new Object[] {
                    new KitHolder(r.enumValue("holder_type", KitHolder.Type.class), r.string("holder_key")),
                    r.enumValue("kit_kind", KitKind.class), r.string("region_code"), r.string("province_code"),
                    r.integer("quantity")}, where.array());
        Set<KitHolder> all = new HashSet<>();
        raw.forEach(o -> all.add((KitHolder) o[0]));
        Map<KitHolder, KitHolders.Place> places = holders.places(all);
        boolean arabic = arabic();
        return raw.stream().map(o -> {
            KitHolders.Place p = places.get((KitHolder) o[0]);
            return new KitStockRow((KitHolder) o[0], p == null ? ((KitHolder) o[0]).code() : p.name(arabic),
                    (String) o[2], (String) o[3], (KitKind) o[1], (Integer) o[4]);
        }).toList();
    }

    public List<KitMovementRow> movements(KitFilter filter, PageRequest page) {
        KitSql where = new KitSql(me.scope(), region(filter.regionCode())).movements(filter);
        List<Object> params = new ArrayList<>(where.params());
        String seek = "";
        int offset = page.offset();
        if (page.after() != null) {
            seek = " and (m.moved_on < ? or (m.moved_on = ? and m.id < ?))";
            Object day = page.after().values().get(0);
            params.addAll(List.of(day, day, page.after().id()));
            offset = 0;
        }
        params.add(offset);
        params.add(page.limit());
        return named(new Sql(dataSource).list(MOVEMENT + where.sql() + seek
                + " order by m.moved_on desc, m.id desc limit ?, ?", KitReader::row, params.toArray()));
    }

    public long count(KitFilter filter) {
        KitSql where = new KitSql(me.scope(), region(filter.regionCode())).movements(filter);
        return new Sql(dataSource).number("select count(*) from wom_kit_movement m" + where.sql(),
                where.params().toArray());
    }

    public KitFigures figures(String regionCode, KitKind kind, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new JisrException("kits.report.period");
        }
        return new KitCounts(new Sql(dataSource), me.scope(), region(regionCode), kind, from, to, holders, arabic())
                .figures();
    }

    /**
     * The region a list or report is narrowed to: any for a national account, the caller's own otherwise (a
     * provincial account's region shows that province's part). Another region is refused and audited.
     */
    public String region(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String own = territories.regionOf(me.scope());
        if (!me.scope().isNational() && !requested.equals(own)) {
            audit.recordNow(AuditEntry.of("women", "kit-stock", null, AuditAction.ACCESS_REFUSED)
                    .inTerritory(requested, null).withDetail("region " + requested));
            throw new JisrException("kits.outsideScope");
        }
        return requested;
    }

    private boolean arabic() {
        return "ar".equals(me.preferredLanguage());
    }

    private List<KitMovementRow> named(List<KitMovementRow> rows) {
        Set<KitHolder> all = new HashSet<>();
        rows.forEach(r -> {
            if (r.from() != null) {
                all.add(r.from());
            }
            if (r.to() != null) {
                all.add(r.to());
            }
        });
        Map<KitHolder, KitHolders.Place> places = holders.places(all);
        boolean arabic = arabic();
        return rows.stream().map(r -> new KitMovementRow(r.id(), r.kind(), r.kitKind(), r.quantity(), r.movedOn(),
                r.from(), name(places, r.from(), arabic), r.to(), name(places, r.to(), arabic), r.source(),
                r.reference(), r.note(), r.reversesId(), r.reversedBy(), r.givenSummary(), r.recordedBy(),
                r.recordedAt())).toList();
    }

    private static String name(Map<KitHolder, KitHolders.Place> places, KitHolder h, boolean arabic) {
        if (h == null) {
            return null;
        }
        KitHolders.Place p = places.get(h);
        return p == null ? h.code() : p.name(arabic);
    }

    private static KitMovementRow row(Row r) throws java.sql.SQLException {
        String fromType = r.string("from_type");
        String toType = r.string("to_type");
        return new KitMovementRow(r.number("id"), r.enumValue("kind", KitMove.class),
                r.enumValue("kit_kind", KitKind.class), r.integer("quantity"), r.date("moved_on"),
                fromType == null ? null : new KitHolder(KitHolder.Type.valueOf(fromType), r.string("from_key")), null,
                toType == null ? null : new KitHolder(KitHolder.Type.valueOf(toType), r.string("to_key")), null,
                r.enumValue("source", KitSource.class), r.string("reference"), r.string("note"),
                r.nullableNumber("reverses_id"), r.nullableNumber("reversed_by"), r.string("given"),
                r.string("recorded_by"), r.time("recorded_at"));
    }
}
