package ma.gov.social.jisr.upgrades.api;

import java.util.List;

/** Reviewing a drafted plan: regions see their part, swap centres with a reason, submit; the nation approves. */
public interface PlanService {
    /** The regions of the caller's territory, with the planning job's report on each. */
    List<RegionPlan> regions(int year);

    /** A region's lines with that status, by rank. */
    List<PlanLine> lines(int year, String regionCode, LineStatus status);

    /**
     * Replaces a chosen centre by another eligible centre of the same region, named by its code; the
     * justification is audited.
     */
    void swap(int year, long outCentreId, String inCentreCode, String justification);

    void submit(int year, String regionCode);

    /** Freezes the plan; every region with a quota must have been submitted. */
    void approve(int year);
}
