package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.CaseFlag;
import ma.gov.social.jisr.children.api.CaseFlag.FlagAction;
import ma.gov.social.jisr.children.api.FlagService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Early marriage and school dropout. A flag of a kind is one row per case: raised again after its closure, it
 * reopens with its actions kept, so that the history of what was tried stays with the child.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class FlagBean implements FlagService {
    @Inject
    private CaseWork work;
    @Inject
    private ChildStore store;

    @Override
    public long raise(long caseId, CaseFlag.Kind kind, CaseFlag.Level level, LocalDate raisedOn, String note) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        if (kind == null || level == null) {
            throw new JisrException("children.flag.kindRequired");
        }
        ChildRules.date(raisedOn, c.openedOn(), LocalDate.now());
        Sql sql = store.sql();
        // one row per case and kind: {id, still open}
        long[] existing = sql.one("select id, closed_on is null open from chi_flag where case_id = ? and kind = ?",
                r -> new long[] {r.number("id"), r.flag("open") ? 1 : 0}, caseId, kind.name()).orElse(new long[2]);
        if (existing[1] == 1) {
            throw new JisrException("children.flag.alreadyOpen");
        }
        long id = existing[0] == 0 ? store.nextId() : existing[0];
        if (existing[0] == 0) {
            sql.update("insert into chi_flag (id, case_id, kind, level, raised_on, note, region_code, province_code,"
                    + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseId, kind.name(),
                    level.name(), raisedOn, Texts.clip(note, 1000), c.regionCode(), c.provinceCode(), store.now(),
                    store.me());
        } else {
            sql.update("update chi_flag set level = ?, raised_on = ?, note = ?, closed_on = null, outcome = null"
                    + " where id = ?", level.name(), raisedOn, Texts.clip(note, 1000), id);
        }
        store.audit(c, AuditAction.UPDATE, "flag " + kind + " " + level);
        return id;
    }

    @Override
    public void act(long flagId, CaseFlag.Action action, LocalDate doneOn, String note) {
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_flag", flagId));
        CaseFlag f = openFlag(flagId);
        if (action == null) {
            throw new JisrException("children.flag.actionRequired");
        }
        ChildRules.date(doneOn, f.raisedOn(), LocalDate.now());
        store.sql().update("insert into chi_flag_action (id, flag_id, action, done_on, note, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", store.nextId(), flagId, action.name(), doneOn, Texts.clip(note, 1000),
                store.now(), store.me());
        store.audit(c, AuditAction.UPDATE, "flag " + f.kind() + " action " + action);
    }

    @Override
    public void close(long flagId, CaseFlag.Outcome outcome, LocalDate closedOn) {
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_flag", flagId));
        CaseFlag f = openFlag(flagId);
        if (outcome == null) {
            throw new JisrException("children.flag.outcomeRequired");
        }
        if (outcome == CaseFlag.Outcome.BACK_TO_SCHOOL && f.kind() != CaseFlag.Kind.SCHOOL_DROPOUT) {
            throw new JisrException("children.flag.outcomeKind");
        }
        ChildRules.date(closedOn, f.raisedOn(), LocalDate.now());
        store.sql().update("update chi_flag set closed_on = ?, outcome = ? where id = ? and closed_on is null", closedOn,
                outcome.name(), flagId);
        store.audit(c, AuditAction.UPDATE, "flag " + f.kind() + " closed " + outcome);
    }

    @Override
    public List<CaseFlag> flags(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        Sql sql = store.sql();
        Map<Long, List<FlagAction>> actions = new TreeMap<>();
        sql.list("select a.* from chi_flag_action a join chi_flag f on f.id = a.flag_id where f.case_id = ?"
                + " order by a.done_on, a.id", r -> actions.computeIfAbsent(r.number("flag_id"), k -> new ArrayList<>())
                .add(new FlagAction(r.number("id"), r.enumValue("action", CaseFlag.Action.class), r.date("done_on"),
                        r.string("note"), r.string("recorded_by"))), caseId);
        return sql.list("select * from chi_flag where case_id = ? order by kind", r -> flag(r,
                actions.getOrDefault(r.number("id"), List.of())), caseId);
    }

    /** Called once the caller is known to handle the flag's case. */
    private CaseFlag openFlag(long flagId) {
        CaseFlag f = store.sql().one("select * from chi_flag where id = ?", r -> flag(r, List.of()), flagId)
                .orElseThrow();
        if (!f.open()) {
            throw new JisrException("children.flag.closed");
        }
        return f;
    }

    private static CaseFlag flag(ma.gov.social.jisr.platform.api.sql.Row r, List<FlagAction> actions)
            throws java.sql.SQLException {
        return new CaseFlag(r.number("id"), r.number("case_id"), r.enumValue("kind", CaseFlag.Kind.class),
                r.enumValue("level", CaseFlag.Level.class), r.date("raised_on"), r.string("note"), r.date("closed_on"),
                r.enumValue("outcome", CaseFlag.Outcome.class), actions);
    }
}
