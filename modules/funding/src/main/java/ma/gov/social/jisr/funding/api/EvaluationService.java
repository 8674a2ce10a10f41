package ma.gov.social.jisr.funding.api;

import java.util.List;

/**
 * Scoring and selection. An evaluator named by the call declares, for each project, whether she has a
 * conflict of interest; with one she cannot score it. The committee (national partnership officers) sees the
 * ranking and the proposed selection within the envelope, may override it with a written justification, and
 * decides: the decision is frozen and each rejected project keeps its reason.
 */
public interface EvaluationService {
    /** The caller's work on a closed call: every project, with her declaration and points. */
    List<Evaluation> myEvaluations(long callId);

    void declare(long projectId, boolean conflict, String note);

    /** Points per criterion, in the grid's order; each from 0 to the criterion's weight. */
    void score(long projectId, List<Integer> points);

    /** Marks the call evaluated: refused while a project lacks a score from an evaluator without conflict. */
    void finishEvaluation(long callId, long version);

    List<RankedProject> ranking(long callId);

    void override(long projectId, boolean selected, String justification);

    void withdrawOverride(long projectId);

    /** Freezes the selection: projects SELECTED or REJECTED with their reason; the call DECIDED. */
    void decide(long callId, long version);
}
