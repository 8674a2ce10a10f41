package ma.gov.social.jisr.casework.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.gov.social.jisr.casework.api.Referral;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.SharedField;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** Referrals as lists show them, with the case references on both ends and what each one carried. */
final class ReferralQuery {
    private static final String SELECT = "select r.id, r.version, r.case_id, c.reference, r.module, r.target,"
            + " r.target_module, r.target_team, r.target_name, r.province_code, r.status, r.due_on, r.sent_at, r.sent_by,"
            + " r.answered_at, r.answered_by, r.outcome, rc.reference received_reference"
            + " from cas_referral r join cas_case c on c.id = r.case_id"
            + " left join cas_case rc on rc.id = r.received_case_id";

    private ReferralQuery() {
    }

    static List<Referral> ofCase(Sql sql, long caseId) {
        return withFields(sql, sql.list(SELECT + " where r.case_id = ? order by r.id desc", ReferralQuery::referral,
                caseId));
    }

    /** The module's referrals in a territory; restricted cases' only to those they are restricted to. */
    static List<Referral> sent(Sql sql, String module, TerritorialScope scope, String me, boolean pendingOnly,
                               int limit) {
        return list(sql, "r.module = ? and (c.restricted = false or c.worker = ? or c.supervisor = ?)",
                List.of(module, me, me), scope, pendingOnly, limit);
    }

    /**
     * Referrals from other modules to this one in a territory: to a team only for its members ({@code member}
     * null: the caller supervises and sees every team's).
     */
    static List<Referral> inbox(Sql sql, String module, TerritorialScope scope, String member, boolean pendingOnly,
                                int limit) {
        if (member == null) {
            return list(sql, "r.target_module = ?", List.of(module), scope, pendingOnly, limit);
        }
        return list(sql, "r.target_module = ? and (r.target_team is null or exists (select 1 from cas_team_member t"
                + " where t.module = r.target_module and t.province_code = r.province_code and t.team = r.target_team"
                + " and t.username = ?))", List.of(module, member), scope, pendingOnly, limit);
    }

    private static List<Referral> list(Sql sql, String condition, List<Object> first, TerritorialScope scope,
                                       boolean pendingOnly, int limit) {
        List<Object> params = new ArrayList<>(first);
        StringBuilder where = new StringBuilder(" where ").append(condition);
        switch (scope.level()) {
            case NATIONAL -> { }
            case REGION -> {
                where.append(" and r.region_code = ?");
                params.add(scope.code());
            }
            case PROVINCE -> {
                where.append(" and r.province_code = ?");
                params.add(scope.code());
            }
        }
        if (pendingOnly) {
            where.append(" and r.status in ('SENT', 'RECEIVED')");
        }
        params.add(limit);
        return withFields(sql, sql.list(SELECT + where + " order by r.due_on, r.id limit ?",
                ReferralQuery::referral, params.toArray()));
    }

    private static List<Referral> withFields(Sql sql, List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<Long, Map<SharedField, String>> fields = new HashMap<>();
        String ids = referrals.stream().map(r -> "?").collect(Collectors.joining(","));
        sql.list("select referral_id, field, value from cas_referral_field where referral_id in (" + ids + ")",
                r -> fields.computeIfAbsent(r.number("referral_id"), k -> new EnumMap<>(SharedField.class))
                        .put(r.enumValue("field", SharedField.class), r.string("value")),
                referrals.stream().map(Referral::id).toArray());
        return referrals.stream().map(r -> new Referral(r.id(), r.version(), r.caseId(), r.caseReference(),
                r.module(), r.target(), r.targetModule(), r.targetName(), r.provinceCode(), r.status(), r.dueOn(),
                r.sentAt(), r.sentBy(), r.answeredAt(), r.answeredBy(), r.outcome(), r.receivedCaseReference(),
                fields.getOrDefault(r.id(), Map.of()), r.targetTeam())).toList();
    }

    private static Referral referral(Row r) throws SQLException {
        return new Referral(r.number("id"), r.number("version"), r.number("case_id"), r.string("reference"),
                r.string("module"), r.enumValue("target", ReferralTarget.class), r.string("target_module"),
                r.string("target_name"), r.string("province_code"), r.enumValue("status", ReferralStatus.class),
                r.date("due_on"), r.time("sent_at"), r.string("sent_by"), r.time("answered_at"),
                r.string("answered_by"), r.string("outcome"), r.string("received_reference"), Map.of(), r.string("target_team"));
    }
}
