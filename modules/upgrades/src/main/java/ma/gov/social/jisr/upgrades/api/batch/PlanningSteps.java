package ma.gov.social.jisr.upgrades.api.batch;

import java.util.List;

/**
 * The steps of the planning job, for its batch artifacts. Each step is one transaction and can run again:
 * it replaces what an earlier run of the same step wrote, and never touches an approved plan.
 */
public interface PlanningSteps {
    /** Counts each region's centres, sets quotas and budgets, and clears the year's draft. */
    void allocate(int year);

    /** The regions the plan step works on, one partition each. */
    List<String> regions(int year);

    /** Ranks a region's centres and writes its part of the draft within its quota and budget. */
    void planRegion(int year, String regionCode);

    /** Marks the draft ready for review. */
    void finish(int year, long executionId);

    /** The run ended in this server (completed, failed or stopped): its lease is given up at once. */
    void ended(long executionId);
}
