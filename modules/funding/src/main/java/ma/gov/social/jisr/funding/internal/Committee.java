package ma.gov.social.jisr.funding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.RankedProject;
import ma.gov.social.jisr.funding.api.Rejection;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The committee's view of a call: the ranking computed from the scores while the call is being decided,
 * the frozen one (kept on the projects) once it is.
 */
final class Committee {
    private record Line(long id, String reference, String title, String association, String province,
                        Dirhams amount, java.time.LocalDateTime receivedAt, Boolean override, String justification) {
    }

    private final Sql sql;
    private final String nameColumn;

    /** {@code nameColumn}: the association's name column, {@link FundingGate#nameColumn}. */
    Committee(Sql sql, String nameColumn) {
        this.sql = sql;
        this.nameColumn = nameColumn;
    }

    List<RankedProject> ranking(CallDetails call) {
        List<Line> lines = sql.list("select p.id, p.reference, p.title, " + nameColumn + " association_name,"
                + " p.province_code, p.amount_requested,"
                + " p.received_at, o.selected, o.justification from fun_project p"
                + " join fun_association a on a.id = p.association_id left join fun_override o on o.project_id = p.id"
                + " where p.call_id = ? and p.status <> 'WITHDRAWN'", r -> new Line(r.number("id"), r.string("reference"),
                r.string("title"), r.string("association_name"), r.string("province_code"), r.dirhams("amount_requested"),
                r.time("received_at"), r.nullableNumber("selected") == null ? null : r.flag("selected"),
                r.string("justification")), call.id());
        Map<Long, List<Integer>> totals = new HashMap<>();
        sql.list("select s.project_id, sum(s.points) total from fun_score s join fun_project p on p.id = s.project_id"
                + " where p.call_id = ? group by s.project_id, s.evaluator", r -> totals.computeIfAbsent(
                r.number("project_id"), k -> new ArrayList<>()).add(r.integer("total")), call.id());
        Map<Long, Line> byId = new HashMap<>();
        List<Selection.Candidate> candidates = new ArrayList<>();
        for (Line l : lines) {
            byId.put(l.id(), l);
            candidates.add(new Selection.Candidate(l.id(), l.province(), l.amount(),
                    totals.getOrDefault(l.id(), List.of()), l.receivedAt()));
        }
        List<RankedProject> ranked = new ArrayList<>();
        for (Selection.Outcome o : Selection.propose(candidates, call.data().envelope(), call.data().passMark(),
                call.data().tieRule(), call.data().provinceSpread())) {
            Line l = byId.get(o.candidate().projectId());
            Rejection rejection = Boolean.FALSE.equals(l.override()) ? Rejection.COMMITTEE
                    : Boolean.TRUE.equals(l.override()) ? null : o.rejection();
            ranked.add(new RankedProject(l.id(), l.reference(), l.title(), l.association(), l.province(), l.amount(),
                    o.candidate().average(), o.candidate().spread(), o.candidate().totals().size(), o.rank(),
                    o.proposed(), l.override(), l.justification(), rejection));
        }
        return ranked;
    }

    /** Writes the selection on the projects; refused if the committee's changes overrun the envelope. */
    String freeze(CallDetails call) {
        if (call.status() != CallStatus.EVALUATED) {
            throw new JisrException("funding.changedMeanwhile");
        }
        List<RankedProject> ranked = ranking(call);
        Dirhams total = ranked.stream().filter(RankedProject::selected).map(RankedProject::amountRequested)
                .reduce(Dirhams.ZERO, Dirhams::plus);
        if (total.compareTo(call.data().envelope()) > 0) {
            throw new JisrException("funding.decision.overEnvelope", total, call.data().envelope());
        }
        List<Object[]> rows = new ArrayList<>();
        for (RankedProject p : ranked) {
            rows.add(new Object[] {p.selected() ? "SELECTED" : "REJECTED", p.average(), p.rank(),
                p.selected() ? null : p.rejection().name(),
                p.selected() || p.rejection() != Rejection.COMMITTEE ? null : p.justification(), p.projectId()});
        }
        sql.batch("update fun_project set status = ?, score = ?, ranking = ?, rejection = ?, rejection_note = ?,"
                + " version = version + 1 where id = ? and status = 'SUBMITTED'", rows);
        long selected = ranked.stream().filter(RankedProject::selected).count();
        return selected + " of " + ranked.size() + " projects selected for " + total;
    }
}
