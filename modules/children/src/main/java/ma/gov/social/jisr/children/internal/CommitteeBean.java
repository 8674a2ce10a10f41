package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.Committee.Decision;
import ma.gov.social.jisr.children.api.Committee.Meeting;
import ma.gov.social.jisr.children.api.Committee.MeetingStatus;
import ma.gov.social.jisr.children.api.Committee.Member;
import ma.gov.social.jisr.children.api.Committee.Paper;
import ma.gov.social.jisr.children.api.Committee.PaperContent;
import ma.gov.social.jisr.children.api.Committee.PaperKind;
import ma.gov.social.jisr.children.api.CommitteeService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.files.ContentCheck;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.Province;

/** Members and meetings of the provincial committee (the action plan is in {@link ActionPlanBean}). */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class CommitteeBean implements CommitteeService {
    static final int MAX_PAPER_BYTES = 10 * 1024 * 1024;

    @Inject
    private ChildStore store;
    @Inject
    private CommitteeAccess access;

    @Override
    public List<Member> members(String provinceCode) {
        Province p = access.readable(provinceCode);
        return store.sql().list("select * from chi_committee_member where province_code = ? order by member_until is"
                + " not null, institution, delegate", CommitteeBean::member, p.code());
    }

    @Override
    public long saveMember(Member m) {
        Province p = access.preparable(m.provinceCode());
        String institution = Texts.required(m.institution(), 200, "children.committee.institutionRequired");
        String delegate = Texts.required(m.delegate(), 200, "children.committee.delegateRequired");
        LocalDate since = m.since() == null ? LocalDate.now() : m.since();
        Sql sql = store.sql();
        long id = m.id();
        if (id == 0) {
            id = store.nextId();
            sql.update("insert into chi_committee_member (id, region_code, province_code, institution, delegate,"
                    + " function_title, member_since, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    p.regionCode(), p.code(), institution, delegate, Texts.clip(m.functionTitle(), 120), since,
                    store.now(), store.me());
        } else if (sql.update("update chi_committee_member set version = version + 1, institution = ?, delegate = ?,"
                + " function_title = ?, member_since = ? where id = ? and province_code = ? and version = ?",
                institution, delegate, Texts.clip(m.functionTitle(), 120), since, id, p.code(), m.version()) == 0) {
            throw new JisrException("common.changedMeanwhile");
        }
        access.record(p, "member", id, m.id() == 0 ? AuditAction.CREATE : AuditAction.UPDATE, institution);
        return id;
    }

    @Override
    public void endMember(long memberId, LocalDate until) {
        Province p = access.preparable(access.provinceOf("chi_committee_member", memberId));
        if (until == null || until.isAfter(LocalDate.now())) {
            throw new JisrException("casework.date.future");
        }
        store.sql().update("update chi_committee_member set version = version + 1, member_until = ? where id = ?",
                until, memberId);
        access.record(p, "member", memberId, AuditAction.UPDATE, "left " + until);
    }

    @Override
    public List<Meeting> meetings(String provinceCode) {
        Province p = access.readable(provinceCode);
        Sql sql = store.sql();
        Map<Long, Set<Long>> present = new HashMap<>();
        sql.list("select a.meeting_id, a.member_id from chi_attendance a join chi_meeting m on m.id = a.meeting_id"
                + " where m.province_code = ? and a.present", r -> present.computeIfAbsent(r.number("meeting_id"),
                        k -> new HashSet<>()).add(r.number("member_id")), p.code());
        Map<Long, List<Decision>> decisions = new HashMap<>();
        sql.list("select d.id, d.meeting_id, d.decision from chi_decision d join chi_meeting m on m.id = d.meeting_id"
                + " where m.province_code = ? order by d.id", r -> decisions.computeIfAbsent(r.number("meeting_id"),
                        k -> new ArrayList<>()).add(new Decision(r.number("id"), r.string("decision"))), p.code());
        Map<Long, List<Paper>> papers = new HashMap<>();
        sql.list("select d.id, d.meeting_id, d.kind, d.file_name, d.content_type, d.size_bytes, d.uploaded_at,"
                + " d.uploaded_by from chi_meeting_document d join chi_meeting m on m.id = d.meeting_id where"
                + " m.province_code = ? order by d.id", r -> papers.computeIfAbsent(r.number("meeting_id"),
                        k -> new ArrayList<>()).add(new Paper(r.number("id"), r.enumValue("kind", PaperKind.class),
                        r.string("file_name"), r.string("content_type"), r.number("size_bytes"), r.time("uploaded_at"),
                        r.string("uploaded_by"))), p.code());
        return sql.list("select * from chi_meeting where province_code = ? order by meets_on desc, id desc limit 200",
                r -> new Meeting(r.number("id"), r.number("version"), r.string("province_code"), r.date("meets_on"),
                        r.string("place"), r.string("agenda"), r.enumValue("status", MeetingStatus.class),
                        present.getOrDefault(r.number("id"), Set.of()), decisions.getOrDefault(r.number("id"),
                        List.of()), papers.getOrDefault(r.number("id"), List.of())), p.code());
    }

    @Override
    public long planMeeting(String provinceCode, LocalDate meetsOn, String place, String agenda) {
        Province p = access.preparable(provinceCode);
        if (meetsOn == null) {
            throw new JisrException("casework.date.required");
        }
        long id = store.nextId();
        store.sql().update("insert into chi_meeting (id, region_code, province_code, meets_on, place, agenda, status,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)", id, p.regionCode(), p.code(),
                meetsOn, Texts.required(place, 200, "children.committee.placeRequired"),
                Texts.required(agenda, 2000, "children.committee.agendaRequired"), store.now(), store.me());
        access.record(p, "meeting", id, AuditAction.CREATE, meetsOn.toString());
        return id;
    }

    @Override
    public void recordMeeting(long meetingId, long version, Set<Long> present, List<String> decisions) {
        Province p = access.preparable(access.provinceOf("chi_meeting", meetingId));
        Sql sql = store.sql();
        LocalDate on = sql.one("select meets_on from chi_meeting where id = ?", r -> r.date("meets_on"), meetingId)
                .orElseThrow();
        if (on.isAfter(LocalDate.now())) {
            throw new JisrException("children.committee.notYetHeld");
        }
        Set<Long> members = new HashSet<>(sql.list("select id from chi_committee_member where province_code = ? and"
                + " member_since <= ? and (member_until is null or member_until >= ?)", r -> r.number("id"), p.code(),
                on, on));
        if (present == null || present.isEmpty() || !members.containsAll(present)) {
            throw new JisrException("children.committee.attendanceRequired");
        }
        List<String> taken = decisions == null ? List.of() : decisions.stream().filter(d -> d != null && !d.isBlank())
                .map(d -> Texts.clip(d.strip(), 2000)).toList();
        if (sql.update("update chi_meeting set version = version + 1, status = 'HELD' where id = ? and version = ?"
                + " and status = 'PLANNED'", meetingId, version) == 0) {
            throw new JisrException("common.changedMeanwhile");
        }
        for (Long member : members) {
            sql.update("insert into chi_attendance (meeting_id, member_id, present) values (?, ?, ?)", meetingId,
                    member, present.contains(member));
        }
        for (String d : taken) {
            sql.update("insert into chi_decision (id, meeting_id, decision, recorded_at, recorded_by) values (?, ?, ?,"
                    + " ?, ?)", store.nextId(), meetingId, d, store.now(), store.me());
        }
        access.record(p, "meeting", meetingId, AuditAction.UPDATE, "held: " + present.size() + " present, " + taken.size()
                + " decisions");
    }

    @Override
    public void cancelMeeting(long meetingId, long version) {
        Province p = access.preparable(access.provinceOf("chi_meeting", meetingId));
        if (store.sql().update("update chi_meeting set version = version + 1, status = 'CANCELLED' where id = ? and"
                + " version = ? and status = 'PLANNED'", meetingId, version) == 0) {
            throw new JisrException("common.changedMeanwhile");
        }
        access.record(p, "meeting", meetingId, AuditAction.UPDATE, "cancelled");
    }

    @Override
    public long attach(long meetingId, PaperKind kind, String fileName, byte[] content) {
        Province p = access.preparable(access.provinceOf("chi_meeting", meetingId));
        if (kind == null) {
            throw new JisrException("children.committee.paperKindRequired");
        }
        if (content == null || content.length == 0 || content.length > MAX_PAPER_BYTES) {
            throw new JisrException("children.committee.paperSize", MAX_PAPER_BYTES / (1024 * 1024));
        }
        String type = ContentCheck.acceptedType(content)
                .orElseThrow(() -> new JisrException("children.committee.paperType", fileName));
        long id = store.nextId();
        store.sql().update("insert into chi_meeting_document (id, meeting_id, kind, file_name, content_type, size_bytes,"
                + " sha256, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, meetingId,
                kind.name(), ContentCheck.safeName(fileName, type), type, content.length, ContentCheck.sha256(content),
                content, store.now(), store.me());
        access.record(p, "meeting", meetingId, AuditAction.UPDATE, "paper " + kind);
        return id;
    }

    @Override
    public PaperContent paper(long paperId) {
        String province = store.sql().one("select m.province_code from chi_meeting_document d join chi_meeting m on"
                + " m.id = d.meeting_id where d.id = ?", r -> r.string("province_code"), paperId).orElse(null);
        access.readable(province);
        return store.sql().one("select file_name, content_type, content from chi_meeting_document where id = ?",
                r -> new PaperContent(r.string("file_name"), r.string("content_type"), r.bytes("content")), paperId)
                .orElseThrow();
    }

    @Override
    public boolean mayPrepare(String provinceCode) {
        return access.mayPrepare(access.readable(provinceCode));
    }

    private static Member member(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        return new Member(r.number("id"), r.number("version"), r.string("province_code"), r.string("institution"),
                r.string("delegate"), r.string("function_title"), r.date("member_since"), r.date("member_until"));
    }
}
