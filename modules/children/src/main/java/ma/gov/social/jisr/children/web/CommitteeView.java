package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import ma.gov.social.jisr.children.api.ActionPlanService;
import ma.gov.social.jisr.children.api.Committee;
import ma.gov.social.jisr.children.api.Committee.Meeting;
import ma.gov.social.jisr.children.api.Committee.Member;
import ma.gov.social.jisr.children.api.Committee.PlanAction;
import ma.gov.social.jisr.children.api.CommitteeService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.files.ContentCheck;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;
import org.primefaces.model.file.UploadedFile;

/**
 * A province's child-protection committee: its members, meetings (agenda, attendance, minutes, decisions) and
 * action plan. Everyone reads; the technical-support team and the coordinators prepare and follow.
 */
@Named("childCommitteeView")
@ViewScoped
public class CommitteeView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeService committee;
    @Inject
    private ActionPlanService plans;
    @Inject
    private TerritoryOptions territory;

    private String provinceCode;
    private int year = LocalDate.now().getYear();
    private final CommitteeForms form = new CommitteeForms();
    private transient UploadedFile paper;
    private transient List<Member> members;
    private transient List<Meeting> meetings;
    private transient List<PlanAction> plan;
    private Boolean mayPrepare;

    public void load() {
        if (provinceCode == null || provinceCode.isBlank()) {
            provinceCode = territory.homeProvince();
        }
    }

    public void search() {
        members = null;
        meetings = null;
        plan = null;
        mayPrepare = null;
    }

    public void saveMember() {
        run(() -> committee.saveMember(new Member(form.getMemberId(), form.getMemberVersion(), provinceCode,
                form.getInstitution(), form.getDelegate(), form.getFunctionTitle(), form.getSince(), null)),
                "children.committee.memberSaved");
        form.clearMember();
    }

    public void editMember(Member m) {
        form.setMemberId(m.id());
        form.setMemberVersion(m.version());
        form.setInstitution(m.institution());
        form.setDelegate(m.delegate());
        form.setFunctionTitle(m.functionTitle());
        form.setSince(m.since());
    }

    public void endMember(long memberId) {
        run(() -> committee.endMember(memberId, form.getUntil() == null ? LocalDate.now() : form.getUntil()),
                "children.committee.memberEnded");
    }

    public void planMeeting() {
        if (run(() -> committee.planMeeting(provinceCode, form.getMeetsOn(), form.getPlace(), form.getAgenda()),
                "children.committee.meetingPlanned")) {
            form.setAgenda(null);
        }
    }

    public void recordMeeting() {
        Meeting m = chosenMeeting();
        if (m != null && run(() -> committee.recordMeeting(m.id(), m.version(), new HashSet<>(form.getPresent()),
                form.decisionLines()), "children.committee.meetingRecorded")) {
            form.setDecisions(null);
            form.setPresent(List.of());
        }
    }

    public void cancelMeeting() {
        Meeting m = chosenMeeting();
        if (m != null) {
            run(() -> committee.cancelMeeting(m.id(), m.version()), "children.committee.meetingCancelled");
        }
    }

    /** A full-page post: the file travels with it. */
    public void attach() {
        Meeting m = chosenMeeting();
        if (m != null) {
            run(() -> committee.attach(m.id(), form.getPaperKind(), paper == null ? null : paper.getFileName(),
                    paper == null ? null : paper.getContent()), "children.committee.paperAttached");
        }
    }

    public void download(long paperId) throws IOException {
        try {
            Committee.PaperContent c = committee.paper(paperId);
            Downloads.send("jisr-committee-paper-" + paperId + "." + ContentCheck.ACCEPTED.get(c.contentType()),
                    c.contentType(),
                    out -> out.write(c.content()));
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void saveAction() {
        if (run(() -> plans.saveAction(new PlanAction(form.getActionId(), form.getActionVersion(), provinceCode, year,
                form.getAction(), form.getActionInstitution(), form.getDeadline(), null, form.getIndicator(),
                form.getTarget() == null ? 0 : form.getTarget(), 0, form.getDecisionId())),
                "children.plan.saved")) {
            form.clearAction();
        }
    }

    public void progress(PlanAction a) {
        run(() -> plans.progress(a.id(), a.version(), form.getStatus(), form.getAchieved() == null ? a.achieved()
                : form.getAchieved()), "children.plan.progressed");
    }

    private Meeting chosenMeeting() {
        Long id = form.getMeetingId();
        Meeting m = id == null ? null : getMeetings().stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (m == null) {
            Messages.error("children.committee.meetingRequired");
        }
        return m;
    }

    private boolean run(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            search();
            return true;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return false;
        }
    }

    public List<Member> getMembers() {
        if (members == null) {
            members = provinceCode == null ? List.of() : guarded(() -> committee.members(provinceCode));
        }
        return members;
    }

    public List<Member> getCurrentMembers() {
        return getMembers().stream().filter(Member::current).toList();
    }

    public List<Meeting> getMeetings() {
        if (meetings == null) {
            meetings = provinceCode == null ? List.of() : guarded(() -> committee.meetings(provinceCode));
        }
        return meetings;
    }

    public List<PlanAction> getPlan() {
        if (plan == null) {
            plan = provinceCode == null ? List.of() : guarded(() -> plans.plan(provinceCode, year));
        }
        return plan;
    }

    public List<Committee.Decision> getDecisions() {
        return getMeetings().stream().flatMap(m -> m.decisions().stream()).toList();
    }

    public boolean isMayPrepare() {
        if (mayPrepare == null) {
            try {
                mayPrepare = provinceCode != null && committee.mayPrepare(provinceCode);
            } catch (JisrException refusal) {
                mayPrepare = false;
            }
        }
        return mayPrepare;
    }

    public boolean late(PlanAction a) {
        return a.lateOn(LocalDate.now());
    }

    private static <T> List<T> guarded(java.util.function.Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return List.of();
        }
    }

    public Committee.PaperKind[] getPaperKinds() {
        return Committee.PaperKind.values();
    }

    public Committee.ActionStatus[] getStatuses() {
        return Committee.ActionStatus.values();
    }

    public CommitteeForms getForm() {
        return form;
    }

    public UploadedFile getPaper() {
        return paper;
    }

    public void setPaper(UploadedFile paper) {
        this.paper = paper;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
