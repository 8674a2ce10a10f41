package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.ActionPlanService;
import ma.gov.social.jisr.children.api.Committee.ActionStatus;
import ma.gov.social.jisr.children.api.Committee.PlanAction;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.Province;

/**
 * The provincial action plan: an action has a responsible institution, a deadline within its year (or the
 * next, for a year-end action) and a measurable indicator; a decision of the committee may be its origin.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class ActionPlanBean implements ActionPlanService {
    @Inject
    private ChildStore store;
    @Inject
    private CommitteeAccess access;

    @Override
    public List<PlanAction> plan(String provinceCode, int year) {
        Province p = access.readable(provinceCode);
        return store.sql().list("select * from chi_plan_action where province_code = ? and plan_year = ? order by"
                + " deadline, id", ActionPlanBean::action, p.code(), year);
    }

    @Override
    public long saveAction(PlanAction a) {
        Province p = access.preparable(a.provinceCode());
        String action = Texts.required(a.action(), 500, "children.plan.actionRequired");
        String institution = Texts.required(a.institution(), 200, "children.plan.institutionRequired");
        String indicator = Texts.required(a.indicator(), 200, "children.plan.indicatorRequired");
        checkPlan(a.year(), a.deadline(), a.target(), a.achieved());
        Sql sql = store.sql();
        if (a.decisionId() != null && sql.number("select count(*) from chi_decision d join chi_meeting m on m.id ="
                + " d.meeting_id where d.id = ? and m.province_code = ?", a.decisionId(), p.code()) == 0) {
            throw new JisrException("children.plan.decisionUnknown");
        }
        ActionStatus status = a.status() == null ? ActionStatus.PLANNED : a.status();
        long id = a.id();
        if (id == 0) {
            id = store.nextId();
            sql.update("insert into chi_plan_action (id, region_code, province_code, plan_year, action, institution,"
                    + " deadline, status, indicator, target, achieved, decision_id, recorded_at, recorded_by) values"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, p.regionCode(), p.code(), a.year(), action,
                    institution, a.deadline(), status.name(), indicator, a.target(), a.achieved(), a.decisionId(),
                    store.now(), store.me());
        } else if (sql.update("update chi_plan_action set version = version + 1, action = ?, institution = ?,"
                + " deadline = ?, status = ?, indicator = ?, target = ?, achieved = ?, decision_id = ? where id = ? and"
                + " province_code = ? and version = ?", action, institution, a.deadline(), status.name(), indicator,
                a.target(), a.achieved(), a.decisionId(), id, p.code(), a.version()) == 0) {
            throw new JisrException("common.changedMeanwhile");
        }
        access.record(p, "plan", id, a.id() == 0 ? AuditAction.CREATE : AuditAction.UPDATE, status.name());
        return id;
    }

    @Override
    public void progress(long actionId, long version, ActionStatus status, int achieved) {
        Province p = access.preparable(access.provinceOf("chi_plan_action", actionId));
        if (status == null) {
            throw new JisrException("children.plan.statusRequired");
        }
        if (achieved < 0) {
            throw new JisrException("children.plan.achievedNegative");
        }
        if (store.sql().update("update chi_plan_action set version = version + 1, status = ?, achieved = ? where id = ?"
                + " and version = ?", status.name(), achieved, actionId, version) == 0) {
            throw new JisrException("common.changedMeanwhile");
        }
        access.record(p, "plan", actionId, AuditAction.UPDATE, status + " " + achieved);
    }

    /** A plan's year is the current one, the one before or the next; its deadline falls within it or the next. */
    static void checkPlan(int year, LocalDate deadline, int target, int achieved) {
        int now = LocalDate.now().getYear();
        if (year < now - 1 || year > now + 1) {
            throw new JisrException("children.plan.year", now - 1, now + 1);
        }
        if (deadline == null || deadline.getYear() < year || deadline.getYear() > year + 1) {
            throw new JisrException("children.plan.deadline", year);
        }
        if (target < 1 || achieved < 0) {
            throw new JisrException("children.plan.target");
        }
    }

    private static PlanAction action(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        return new PlanAction(r.number("id"), r.number("version"), r.string("province_code"), r.integer("plan_year"),
                r.string("action"), r.string("institution"), r.date("deadline"),
                r.enumValue("status", ActionStatus.class), r.string("indicator"), r.integer("target"),
                r.integer("achieved"), r.nullableNumber("decision_id"));
    }
}
