package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.Goal;
import ma.gov.social.jisr.children.api.LifeProject;
import ma.gov.social.jisr.children.api.LifeProjectService;
import ma.gov.social.jisr.children.api.ProjectDomain;
import ma.gov.social.jisr.children.api.ProtectionService;
import ma.gov.social.jisr.children.api.Review;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** The life project: goals, actions, reviews; with the measures and placements that serve it. */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class LifeProjectBean implements LifeProjectService {
    @Inject
    private CaseWork work;
    @Inject
    private ChildStore store;
    @Inject
    private ProtectionService protection;

    @Override
    public LifeProject project(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        Sql sql = store.sql();
        Map<Long, List<Goal.Action>> actions = new LinkedHashMap<>();
        sql.list("select * from chi_action where case_id = ? order by due_on, id", r -> actions.computeIfAbsent(
                r.number("goal_id"), k -> new ArrayList<>()).add(new Goal.Action(r.number("id"), r.string("action"),
                r.string("done_by"), r.date("due_on"), r.date("done_on"))), caseId);
        List<Goal> goals = sql.list("select * from chi_goal where case_id = ? order by domain, id", r -> new Goal(
                r.number("id"), r.enumValue("domain", ProjectDomain.class), r.string("goal"), r.date("target_on"),
                actions.getOrDefault(r.number("id"), List.of())), caseId);
        List<Review> reviews = sql.list("select * from chi_review where case_id = ? order by reviewed_on desc, id desc",
                r -> new Review(r.number("id"), r.date("reviewed_on"), r.string("outcome"), r.date("next_review_on"),
                        r.string("recorded_by")), caseId);
        Object[] due = sql.one("select review_due_on, review_due_reason from chi_project where case_id = ?",
                r -> new Object[] {r.date("review_due_on"), r.string("review_due_reason")}, caseId)
                .orElse(new Object[2]);
        return new LifeProject(goals, reviews, protection.measures(caseId), protection.placements(caseId),
                (LocalDate) due[0], (String) due[1]);
    }

    @Override
    public long addGoal(long caseId, ProjectDomain domain, String goal, LocalDate targetOn) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        if (domain == null) {
            throw new JisrException("children.goal.domainRequired");
        }
        String text = Texts.required(goal, 1000, "children.goal.textRequired");
        if (targetOn != null && targetOn.isBefore(c.openedOn())) {
            throw new JisrException("casework.date.beforeOpening");
        }
        long id = store.nextId();
        store.sql().update("insert into chi_goal (id, case_id, domain, goal, target_on, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, caseId, domain.name(), text, targetOn, store.now(), store.me());
        store.audit(c, AuditAction.UPDATE, "life project goal in " + domain);
        return id;
    }

    @Override
    public long addAction(long goalId, String action, String doneBy, LocalDate dueOn) {
        long caseId = store.caseOf("chi_goal", goalId);
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        String text = Texts.required(action, 1000, "children.action.textRequired");
        String who = Texts.required(doneBy, 200, "children.action.whoRequired");
        if (dueOn == null) {
            throw new JisrException("casework.date.required");
        }
        if (dueOn.isBefore(c.openedOn())) {
            throw new JisrException("casework.date.beforeOpening");
        }
        long id = store.nextId();
        store.sql().update("insert into chi_action (id, goal_id, case_id, action, done_by, due_on, recorded_at,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", id, goalId, caseId, text, who, dueOn, store.now(),
                store.me());
        store.audit(c, AuditAction.UPDATE, "life project action");
        return id;
    }

    @Override
    public void actionDone(long actionId, LocalDate doneOn) {
        long caseId = store.caseOf("chi_action", actionId);
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        ChildRules.date(doneOn, c.openedOn(), LocalDate.now());
        store.sql().update("update chi_action set done_on = ? where id = ?", doneOn, actionId);
        store.audit(c, AuditAction.UPDATE, "life project action done");
    }

    @Override
    public long review(long caseId, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        ChildRules.date(reviewedOn, c.openedOn(), LocalDate.now());
        String text = Texts.required(outcome, 2000, "children.review.outcomeRequired");
        if (nextReviewOn != null && !nextReviewOn.isAfter(reviewedOn)) {
            throw new JisrException("children.review.nextAfter");
        }
        Sql sql = store.sql();
        LocalDate due = sql.one("select review_due_on from chi_project where case_id = ?", r -> r.date("review_due_on"),
                caseId).orElse(null);
        long id = store.nextId();
        sql.update("insert into chi_review (id, case_id, reviewed_on, outcome, next_review_on, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, caseId, reviewedOn, text, nextReviewOn, store.now(), store.me());
        if (due != null && !reviewedOn.isBefore(due)) {
            sql.update("update chi_project set review_due_on = null, review_due_reason = null where case_id = ?",
                    caseId);
            store.remark(caseId);
        }
        store.audit(c, AuditAction.UPDATE, "life project reviewed");
        return id;
    }
}
