package ma.gov.social.jisr.children.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.children.api.Committee;

/**
 * The committee page's form fields: a member (id 0 for a new one), a meeting planned or recorded (who was
 * present, its decisions one per line, a paper), an action of the plan and its progress.
 */
public class CommitteeForms implements Serializable {
    private static final long serialVersionUID = 1L;
    private long memberId;
    private long memberVersion;
    private String institution;
    private String delegate;
    private String functionTitle;
    private LocalDate since;
    private LocalDate meetsOn;
    private String place;
    private String agenda;
    private Long meetingId;
    private List<Long> present = List.of();
    private String decisions;
    private Committee.PaperKind paperKind;
    private long actionId;
    private long actionVersion;
    private String action;
    private String actionInstitution;
    private LocalDate deadline;
    private String indicator;
    private Integer target;
    private Long decisionId;
    private Committee.ActionStatus status;
    private Integer achieved;
    private LocalDate until;

    void clearMember() {
        memberId = 0;
        memberVersion = 0;
        institution = null;
        delegate = null;
        functionTitle = null;
        since = null;
    }

    void clearAction() {
        actionId = 0;
        actionVersion = 0;
        action = null;
        actionInstitution = null;
        deadline = null;
        indicator = null;
        target = null;
        decisionId = null;
    }

    List<String> decisionLines() {
        return decisions == null ? List.of() : List.of(decisions.split("\\R"));
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public long getMemberVersion() {
        return memberVersion;
    }

    public void setMemberVersion(long memberVersion) {
        this.memberVersion = memberVersion;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String delegate) {
        this.delegate = delegate;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public void setFunctionTitle(String functionTitle) {
        this.functionTitle = functionTitle;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public void setMeetsOn(LocalDate meetsOn) {
        this.meetsOn = meetsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public Committee.PaperKind getPaperKind() {
        return paperKind;
    }

    public void setPaperKind(Committee.PaperKind paperKind) {
        this.paperKind = paperKind;
    }

    public long getActionId() {
        return actionId;
    }

    public void setActionId(long actionId) {
        this.actionId = actionId;
    }

    public long getActionVersion() {
        return actionVersion;
    }

    public void setActionVersion(long actionVersion) {
        this.actionVersion = actionVersion;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActionInstitution() {
        return actionInstitution;
    }

    public void setActionInstitution(String actionInstitution) {
        this.actionInstitution = actionInstitution;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }

    public Committee.ActionStatus getStatus() {
        return status;
    }

    public void setStatus(Committee.ActionStatus status) {
        this.status = status;
    }

    public Integer getAchieved() {
        return achieved;
    }

    public void setAchieved(Integer achieved) {
        this.achieved = achieved;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
