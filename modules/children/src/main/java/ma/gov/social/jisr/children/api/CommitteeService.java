package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.children.api.Committee.Meeting;
import ma.gov.social.jisr.children.api.Committee.Member;
import ma.gov.social.jisr.children.api.Committee.PaperContent;
import ma.gov.social.jisr.children.api.Committee.PaperKind;

/**
 * The provincial child-protection committee (its action plan: {@link ActionPlanService}). Everyone of the children's module in the province reads it; the
 * province's technical-support team (and the regional coordinators) prepare meetings and follow the plan.
 */
public interface CommitteeService {
    List<Member> members(String provinceCode);

    /** Adds (id 0) or changes a member institution's delegate. */
    long saveMember(Member member);

    void endMember(long memberId, LocalDate until);

    List<Meeting> meetings(String provinceCode);

    long planMeeting(String provinceCode, LocalDate meetsOn, String place, String agenda);

    /** The meeting was held: who attended (current members), the decisions taken. */
    void recordMeeting(long meetingId, long version, Set<Long> present, List<String> decisions);

    void cancelMeeting(long meetingId, long version);

    long attach(long meetingId, PaperKind kind, String fileName, byte[] content);

    PaperContent paper(long paperId);

    /** True if the caller may prepare the province's meetings and plan (its technical-support team). */
    boolean mayPrepare(String provinceCode);
}
