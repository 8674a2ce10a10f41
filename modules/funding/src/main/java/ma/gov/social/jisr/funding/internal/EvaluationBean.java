package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.funding.api.Evaluation;
import ma.gov.social.jisr.funding.api.EvaluationService;
import ma.gov.social.jisr.funding.api.RankedProject;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Scoring by the call's panel, and the committee's ranking and decision. Evaluators and the committee are
 * national: a call's projects come from every province.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
public class EvaluationBean implements EvaluationService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;

    @Override
    public List<Evaluation> myEvaluations(long callId) {
        CallDetails call = panelCall(callId, "read the projects to score");
        Sql sql = new Sql(dataSource);
        Map<Long, List<Integer>> points = new HashMap<>();
        sql.list("select s.project_id, s.points from fun_score s join fun_project p on p.id = s.project_id"
                + " where p.call_id = ? and s.evaluator = ? order by s.project_id, s.position", r -> points
                .computeIfAbsent(r.number("project_id"), k -> new ArrayList<>()).add(r.integer("points")),
                call.id(), me.username());
        return sql.list("select p.id, p.reference, p.title, " + FundingGate.nameColumn(me.preferredLanguage())
                + " association_name, p.province_code, d.conflict"
                + " from fun_project p join fun_association a on a.id = p.association_id"
                + " left join fun_declaration d on d.project_id = p.id and d.evaluator = ?"
                + " where p.call_id = ? and p.status <> 'WITHDRAWN' order by p.id", r -> new Evaluation(r.number("id"),
                r.string("reference"), r.string("title"), r.string("association_name"), r.string("province_code"),
                r.nullableNumber("conflict") == null ? null : r.flag("conflict"),
                List.copyOf(points.getOrDefault(r.number("id"), List.of()))), me.username(), call.id());
    }

    @Override
    public void declare(long projectId, boolean conflict, String note) {
        requireStatus(panelCall(callOf(projectId), "declare on project " + projectId), CallStatus.CLOSED);
        String text = conflict ? AssociationRules.text(note, 500, "funding.eval.conflictNoteRequired")
                : AssociationRules.blankToNull(note);
        Sql sql = new Sql(dataSource);
        if (conflict) {
            sql.update("delete from fun_score where project_id = ? and evaluator = ?", projectId, me.username());
        }
        sql.update("insert into fun_declaration (project_id, evaluator, conflict, note, declared_at)"
                + " values (?, ?, ?, ?, ?) on duplicate key update conflict = values(conflict), note = values(note),"
                + " declared_at = values(declared_at)", projectId, me.username(), conflict, text, LocalDateTime.now());
        audit.record(entry("project", projectId, AuditAction.UPDATE).withDetail(conflict
                ? "conflict of interest declared: " + text : "no conflict of interest declared"));
    }

    @Override
    public void score(long projectId, List<Integer> points) {
        CallDetails call = panelCall(callOf(projectId), "score project " + projectId);
        requireStatus(call, CallStatus.CLOSED);
        Sql sql = new Sql(dataSource);
        Long conflict = sql.one("select conflict from fun_declaration where project_id = ? and evaluator = ?",
                r -> r.number("conflict"), projectId, me.username()).orElse(null);
        if (conflict == null) {
            throw new JisrException("funding.eval.declareFirst");
        }
        if (conflict != 0) {
            audit.recordNow(entry("project", projectId, AuditAction.ACCESS_REFUSED)
                    .withDetail("scoring refused: the evaluator declared a conflict of interest"));
            throw new JisrException("funding.eval.conflict");
        }
        List<Criterion> grid = call.data().criteria();
        if (points == null || points.size() != grid.size() || points.contains(null)) {
            throw new JisrException("funding.eval.everyCriterion");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            if (points.get(i) < 0 || points.get(i) > grid.get(i).weight()) {
                throw new JisrException("funding.eval.pointsRange", grid.get(i).labelFr(), grid.get(i).weight());
            }
            rows.add(new Object[] {projectId, me.username(), i + 1, points.get(i), LocalDateTime.now()});
        }
        sql.update("delete from fun_score where project_id = ? and evaluator = ?", projectId, me.username());
        sql.batch("insert into fun_score (project_id, evaluator, position, points, scored_at) values (?, ?, ?, ?, ?)",
                rows);
        audit.record(entry("project", projectId, AuditAction.UPDATE).withDetail("scored "
                + points.stream().mapToInt(Integer::intValue).sum() + "/100"));
    }

    @Override
    public void finishEvaluation(long callId, long version) {
        committee("finish the evaluation of call " + callId);
        CallDetails call = new CallStore(new Sql(dataSource)).locked(callId);
        long missing = 0;
        for (String evaluator : call.data().evaluators()) {
            missing += new Sql(dataSource).number("select count(*) from fun_project p where p.call_id = ?"
                    + " and p.status = 'SUBMITTED' and not exists (select 1 from fun_score s where s.project_id = p.id"
                    + " and s.evaluator = ?) and not exists (select 1 from fun_declaration d where d.project_id = p.id"
                    + " and d.evaluator = ? and d.conflict)", callId, evaluator, evaluator);
        }
        if (missing > 0) {
            throw new JisrException("funding.eval.unscored", missing);
        }
        new CallStore(new Sql(dataSource)).move(callId, version, CallStatus.CLOSED, CallStatus.EVALUATED,
                me.username(), LocalDateTime.now());
        audit.record(entry("call", call.id(), AuditAction.UPDATE).withDetail("evaluated"));
    }

    @Override
    public List<RankedProject> ranking(long callId) {
        committee("read the ranking of call " + callId);
        Sql sql = new Sql(dataSource);
        return new Committee(sql, FundingGate.nameColumn(me.preferredLanguage())).ranking(new CallStore(sql).get(callId));
    }

    @Override
    public void override(long projectId, boolean selected, String justification) {
        committee("override the selection of project " + projectId);
        requireStatus(new CallStore(new Sql(dataSource)).get(callOf(projectId)), CallStatus.EVALUATED);
        String text = AssociationRules.text(justification, 1000, "funding.decision.justificationRequired");
        new Sql(dataSource).update("insert into fun_override (project_id, selected, justification, decided_at,"
                + " decided_by) values (?, ?, ?, ?, ?) on duplicate key update selected = values(selected),"
                + " justification = values(justification), decided_at = values(decided_at),"
                + " decided_by = values(decided_by)", projectId, selected, text, LocalDateTime.now(), me.username());
        audit.record(entry("project", projectId, AuditAction.UPDATE).withDetail((selected ? "selected" : "left out")
                + " by the committee: " + text));
    }

    @Override
    public void withdrawOverride(long projectId) {
        committee("withdraw an override on project " + projectId);
        requireStatus(new CallStore(new Sql(dataSource)).get(callOf(projectId)), CallStatus.EVALUATED);
        new Sql(dataSource).update("delete from fun_override where project_id = ?", projectId);
        audit.record(entry("project", projectId, AuditAction.UPDATE).withDetail("committee's override withdrawn"));
    }

    @Override
    public void decide(long callId, long version) {
        committee("decide call " + callId);
        Sql sql = new Sql(dataSource);
        CallDetails call = new CallStore(sql).locked(callId);
        if (call.status() != CallStatus.EVALUATED) {
            throw new JisrException("funding.call.wrongStatus", new JisrException.Word("call." + call.status()));
        }
        String summary = new Committee(sql, FundingGate.nameColumn("fr")).freeze(call); // names play no part
        new CallStore(sql).move(callId, version, CallStatus.EVALUATED, CallStatus.DECIDED, me.username(),
                LocalDateTime.now());
        audit.record(entry("call", callId, AuditAction.UPDATE).withDetail("decided: " + summary));
    }

    private CallDetails panelCall(long callId, String what) {
        CallDetails call = new CallStore(new Sql(dataSource)).get(callId);
        if (!call.data().evaluators().contains(me.username())) {
            audit.recordNow(entry("call", callId, AuditAction.ACCESS_REFUSED).withDetail(what + ": not on the panel"));
            throw new JisrException("funding.eval.notOnPanel");
        }
        return call;
    }

    private void committee(String what) {
        gate.requireNational("call", 0, what, "funding.call.nationalOnly");
    }

    private static void requireStatus(CallDetails call, CallStatus wanted) {
        if (call.status() != wanted) {
            throw new JisrException("funding.call.wrongStatus", new JisrException.Word("call." + call.status()));
        }
    }

    private long callOf(long projectId) {
        return new Sql(dataSource).one("select call_id from fun_project where id = ?", r -> r.number("call_id"),
                projectId).orElseThrow(() -> new JisrException("funding.project.notFound"));
    }

    private static AuditEntry entry(String type, long id, AuditAction action) {
        return AuditEntry.of(AssociationBean.MODULE, type, id, action);
    }
}
