package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.CallStatus;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.funding.api.Evaluation;
import ma.gov.social.jisr.funding.api.EvaluationService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * An evaluator's work on a closed call: for each project she first declares whether she has a conflict of
 * interest, and only without one scores it criterion by criterion. The service decides; the page only leads.
 */
@Named
@ViewScoped
public class ScoringView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String NO_CONFLICT = "NONE";
    static final String CONFLICT = "CONFLICT";

    /** The points typed for one criterion of the grid, kept between ajax requests. */
    public static final class ScoreLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String labelAr;
        private final String labelFr;
        private final int weight;
        private Integer points;

        ScoreLine(Criterion criterion, Integer points) {
            this.labelAr = criterion.labelAr();
            this.labelFr = criterion.labelFr();
            this.weight = criterion.weight();
            this.points = points;
        }

        public String label(String language) {
            return "ar".equals(language) ? labelAr : labelFr;
        }

        public int getWeight() {
            return weight;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }
    }

    @Inject
    private EvaluationService evaluations;
    @Inject
    private CallService calls;

    private long callId;
    private CallDetails call;
    private Long projectId;
    private String declaration;
    private String note;
    private boolean redeclaring;
    private List<ScoreLine> lines = new ArrayList<>();
    private transient List<Evaluation> mine;

    public void load() {
        try {
            call = calls.get(callId);
            mine = evaluations.myEvaluations(callId);
        } catch (JisrException refusal) {
            mine = List.of();
            Messages.error(refusal);
        }
    }

    /** Opens a project: its declaration first, or its grid with the points already given. */
    public void open(Evaluation e) {
        projectId = e.projectId();
        declaration = null;
        note = null;
        redeclaring = false;
        lines = new ArrayList<>();
        List<Criterion> grid = call.data().criteria();
        for (int i = 0; i < grid.size(); i++) {
            lines.add(new ScoreLine(grid.get(i), e.points().size() > i ? e.points().get(i) : null));
        }
    }

    public void close() {
        projectId = null;
    }

    /** An evaluator who finds a tie with the association after declaring none says so again: her points go. */
    public void redeclare() {
        redeclaring = true;
        declaration = CONFLICT;
    }

    /** The declaration form shows until one is recorded, or again when the evaluator reconsiders. */
    public boolean isDeclaring() {
        Evaluation current = getCurrent();
        return current != null && isScoring() && (current.conflict() == null || redeclaring);
    }

    public void declare() {
        if (declaration == null) {
            Messages.error("scoring.chooseDeclaration");
            return;
        }
        try {
            evaluations.declare(projectId, CONFLICT.equals(declaration), note);
            Messages.info(CONFLICT.equals(declaration) ? "scoring.conflictDeclared" : "scoring.declared");
            mine = null;
            redeclaring = false;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void score() {
        List<Integer> points = lines.stream().map(ScoreLine::getPoints).toList();
        try {
            evaluations.score(projectId, points);
            Messages.info("scoring.scored", getTotal());
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        mine = null; // read again: after a refusal the page shows what the service holds (a conflict, say)
    }

    /** The sum of the points typed so far, shown as the evaluator types. */
    public int getTotal() {
        return lines.stream().filter(l -> l.getPoints() != null).mapToInt(ScoreLine::getPoints).sum();
    }

    public List<Evaluation> getEvaluations() {
        if (mine == null && call != null) {
            try {
                mine = evaluations.myEvaluations(callId);
            } catch (JisrException refusal) {
                mine = List.of();
            }
        }
        return mine == null ? List.of() : mine;
    }

    /** The project opened, as the evaluator's list now has it (null when none is open). */
    public Evaluation getCurrent() {
        if (projectId == null) {
            return null;
        }
        return getEvaluations().stream().filter(e -> e.projectId() == projectId).findFirst().orElse(null);
    }

    public boolean isOpened(Evaluation e) {
        return projectId != null && e.projectId() == projectId;
    }

    /** The service accepts declarations and points only while the call is closed and not yet evaluated. */
    public boolean isScoring() {
        return call != null && call.status() == CallStatus.CLOSED;
    }

    /** "pending", "none" or "conflict": the key of the declaration's label. */
    public String state(Evaluation e) {
        return e.conflict() == null ? "pending" : e.conflict() ? "conflict" : "none";
    }

    public String getNoConflict() {
        return NO_CONFLICT;
    }

    public String getConflict() {
        return CONFLICT;
    }

    public CallDetails getCall() {
        return call;
    }

    public List<ScoreLine> getLines() {
        return lines;
    }

    public long getCallId() {
        return callId;
    }

    public void setCallId(long callId) {
        this.callId = callId;
    }

    public String getDeclaration() {
        return declaration;
    }

    public void setDeclaration(String declaration) {
        this.declaration = declaration;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
