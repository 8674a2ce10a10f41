package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Funding requests of registered women: received, reviewed (accepted, rejected with a reason, or sent to
 * accompaniment with an adviser), financed by a partner programme, followed through six milestones. Lists
 * page by keyset and are counted once; all within the caller's territory.
 */
public interface ProjectRequestService {
    /** Counts stop here: a region's list is counted exactly, a national one up to this. */
    long COUNT_LIMIT = 100_000;

    long submit(RequestData data);

    List<RequestRow> requests(RequestFilter filter, PageRequest page);

    long count(RequestFilter filter);

    /** The board: how many requests are at each stage, and the latest few of each. */
    Map<RequestStage, Long> stages(RequestFilter filter);

    RequestDetails request(long id);

    void decide(long id, long version, Decision decision);

    void finance(long id, long version, Programme programme, Dirhams amount, LocalDate on);

    /** Plans (or re-plans) the milestones not yet done, in order, and names the adviser. */
    void plan(long id, long version, String adviser, Map<Milestone, LocalDate> plannedOn);

    /** Marks a milestone done; refused before the one it follows is done, or on an earlier day. */
    void reach(long id, Milestone step, LocalDate on, Boolean stillActive, String note);

    /** Late milestones: the caller's own as an adviser, or all of the territory for a coordinator. */
    List<LateMilestone> late(boolean mineOnly);

    long attach(long requestId, String fileName, byte[] content);

    PaperContent paper(long paperId);

    EmpowermentFigures figures(String regionCode, LocalDate from, LocalDate to);

    /** Audits a report's export (and refuses one outside the caller's territory). */
    void exporting(String regionCode, LocalDate from, LocalDate to, String format);

    record PaperContent(RequestDetails.Paper paper, byte[] bytes) {
    }
}
