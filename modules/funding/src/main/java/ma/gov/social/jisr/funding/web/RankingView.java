package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.EvaluationService;
import ma.gov.social.jisr.funding.api.RankedProject;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;
import org.primefaces.PrimeFaces;

/**
 * The committee's ranking of a call: the proposal the rules make within the envelope, the committee's
 * written overrides, and the decision that freezes it all. Every step is the service's to accept.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Evaluators this far apart on a project deserve a second look before the committee relies on the mean. */
    static final int WIDE_SPREAD = 20;

    @Inject
    private EvaluationService evaluations;
    @Inject
    private CallService calls;

    private long callId;
    private CallDetails call;
    private Long overrideProjectId;
    private String overrideReference;
    private boolean overrideSelected;
    private String justification;
    private transient List<RankedProject> ranking;

    public void load() {
        try {
            call = calls.get(callId);
            ranking = evaluations.ranking(callId);
        } catch (JisrException refusal) {
            call = null; // nothing of the call on the page, only why
            ranking = List.of();
            Messages.error(refusal);
        }
    }

    public void finish() {
        act(() -> evaluations.finishEvaluation(callId, call.version()), "ranking.finished");
    }

    /** Opens the override's dialog for one project: to put it in the selection or to leave it out. */
    public void prepare(RankedProject project, boolean select) {
        overrideProjectId = project.projectId();
        overrideReference = project.reference();
        overrideSelected = select;
        justification = null;
    }

    public void override() {
        if (act(() -> evaluations.override(overrideProjectId, overrideSelected, justification),
                overrideSelected ? "ranking.selectedByCommittee" : "ranking.leftOutByCommittee")) {
            // the dialog closes only once the override is recorded: a refusal keeps what was typed
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public void withdraw(RankedProject project) {
        act(() -> evaluations.withdrawOverride(project.projectId()), "ranking.withdrawn");
    }

    public void decide() {
        act(() -> evaluations.decide(callId, call.version()), "ranking.decided");
    }

    private boolean act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            load();
            return true;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return false;
        }
    }

    public List<RankedProject> getRanking() {
        if (ranking == null && call != null) {
            try {
                ranking = evaluations.ranking(callId);
            } catch (JisrException refusal) {
                ranking = List.of();
            }
        }
        return ranking == null ? List.of() : ranking;
    }

    /** What the selection (the committee's word where given, else the proposal) costs. */
    public Dirhams getSelectionAmount() {
        return getRanking().stream().filter(RankedProject::selected).map(RankedProject::amountRequested)
                .reduce(Dirhams.ZERO, Dirhams::plus);
    }

    public long getSelectedCount() {
        return getRanking().stream().filter(RankedProject::selected).count();
    }

    public Dirhams getEnvelope() {
        return call.data().envelope();
    }

    /** Negative when the committee's changes overrun the envelope: the decision would then be refused. */
    public Dirhams getRemaining() {
        return getEnvelope().minus(getSelectionAmount());
    }

    public boolean isOverEnvelope() {
        return getRemaining().isNegative();
    }

    public boolean wide(RankedProject project) {
        return project.evaluations() > 1 && project.spread() >= WIDE_SPREAD;
    }

    public String getStatus() {
        return call == null ? "" : call.status().name();
    }

    public CallDetails getCall() {
        return call;
    }

    public long getCallId() {
        return callId;
    }

    public void setCallId(long callId) {
        this.callId = callId;
    }

    public String getOverrideReference() {
        return overrideReference;
    }

    public boolean isOverrideSelected() {
        return overrideSelected;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
