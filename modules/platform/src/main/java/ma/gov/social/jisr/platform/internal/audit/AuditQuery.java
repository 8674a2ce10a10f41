package ma.gov.social.jisr.platform.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEvent;
import ma.gov.social.jisr.platform.api.audit.AuditFilter;
import ma.gov.social.jisr.platform.api.audit.AuditSearchService;
import ma.gov.social.jisr.platform.api.sql.RowMapper;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The SQL of an audit search: the user's filter AND the caller's territorial scope. The log only grows, so
 * a page seeks past the previous page's last event when it can (see {@link PageRequest}), and the count
 * stops at {@link AuditSearchService#COUNT_LIMIT}.
 */
final class AuditQuery {
    static final String COLUMNS = "id, occurred_at, username, client_address, module, record_type, record_id, action,"
            + " region_code, province_code, detail";
    static final RowMapper<AuditEvent> EVENT = r -> new AuditEvent(r.number("id"), r.time("occurred_at"),
            r.string("username"), r.string("client_address"), r.string("module"), r.string("record_type"),
            r.string("record_id"), r.enumValue("action", AuditAction.class), r.string("region_code"),
            r.string("province_code"), r.string("detail"));
    private static final Map<String, String> SORTS = Map.of("occurredAt", "occurred_at", "username", "username",
            "module", "module", "action", "action", "recordId", "record_id");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();

    AuditQuery(AuditFilter f, TerritorialScope scope) {
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> add("region_code = ?", scope.code());
            case PROVINCE -> add("province_code = ?", scope.code());
        }
        if (blankToNull(f.username()) != null) {
            add("username = ?", f.username().trim());
        }
        if (f.from() != null) {
            add("occurred_at >= ?", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            add("occurred_at < ?", f.to().plusDays(1).atStartOfDay());
        }
        if (blankToNull(f.module()) != null) {
            add("module = ?", f.module());
        }
        if (blankToNull(f.recordType()) != null) {
            add("record_type = ?", f.recordType().trim());
        }
        if (blankToNull(f.recordId()) != null) {
            add("record_id = ?", f.recordId().trim());
        }
        if (f.action() != null) {
            add("action = ?", f.action());
        }
    }

    private void add(String clause, Object value) {
        where.append(" and ").append(clause);
        params.add(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Newest first unless the user sorts. Only the time sort seeks: the other sort columns may be null, and
     * a seek past a null is no simpler than the offset.
     */
    List<AuditEvent> rows(Sql sql, PageRequest page) {
        String field = page.sortField() != null && SORTS.containsKey(page.sortField()) ? page.sortField() : null;
        String column = field == null ? "occurred_at" : SORTS.get(field);
        String direction = page.ascending() && field != null ? "asc" : "desc";
        List<Object> values = new ArrayList<>(params);
        StringBuilder seek = new StringBuilder();
        PageKey after = page.after();
        boolean seeks = after != null && column.equals("occurred_at") && after.values().size() == 1;
        if (seeks) {
            String past = direction.equals("asc") ? ">" : "<";
            Object at = after.values().get(0);
            // the first condition alone is a range on the time index; the second orders the equal times by id
            seek.append(" and occurred_at ").append(past).append("= ? and (occurred_at ").append(past)
                    .append(" ? or id ").append(past).append(" ?)");
            values.addAll(List.of(at, at, after.id()));
        }
        values.add(page.limit());
        String limit = " limit ?";
        if (!seeks) {
            values.add(values.size() - 1, page.offset());
            limit = " limit ?, ?";
        }
        return sql.list("select " + COLUMNS + " from plt_audit_event" + where + seek + " order by " + column + " "
                + direction + ", id " + direction + limit, EVENT, values.toArray());
    }

    /** Export pages by id (keyset), which stays fast however deep it goes. */
    List<AuditEvent> afterId(Sql sql, long lastId, int limit) {
        List<Object> values = new ArrayList<>(params);
        values.add(lastId);
        values.add(limit);
        return sql.list("select " + COLUMNS + " from plt_audit_event" + where + " and id > ? order by id limit ?",
                EVENT, values.toArray());
    }

    long count(Sql sql) {
        return sql.number("select count(*) from (select 1 from plt_audit_event" + where + " limit "
                + (AuditSearchService.COUNT_LIMIT + 1) + ") t", params.toArray());
    }
}
