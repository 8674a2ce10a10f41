package ma.gov.social.jisr.children.api;

import java.util.List;
import ma.gov.social.jisr.children.api.Committee.ActionStatus;
import ma.gov.social.jisr.children.api.Committee.PlanAction;

/** The provincial child-protection action plan, followed by the province's technical-support team. */
public interface ActionPlanService {
    List<PlanAction> plan(String provinceCode, int year);

    /** Adds (id 0) or changes an action of the plan. */
    long saveAction(PlanAction action);

    /** Moves an action on: its status and what its indicator has reached. */
    void progress(long actionId, long version, ActionStatus status, int achieved);
}
