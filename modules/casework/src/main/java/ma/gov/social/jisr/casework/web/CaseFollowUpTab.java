package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.FollowUp;
import ma.gov.social.jisr.casework.api.FollowUpKind;

/** Visits and calls after the plan, with the date of the next one (the supervisor's list watches it). */
@Named
@ViewScoped
public class CaseFollowUpTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWork work;
    @Inject
    private CaseFileTabs tabs;

    private FollowUpKind kind;
    private LocalDate doneOn = LocalDate.now();
    private String note;
    private LocalDate nextDue;
    private transient List<FollowUp> followUps;

    public void record() {
        if (CaseActions.run(() -> work.followUp(tabs.getCaseId(), kind, doneOn, note, nextDue),
                "case.followUp.recorded")) {
            tabs.changed();
            kind = null;
            note = null;
            nextDue = null;
            followUps = null;
        }
    }

    public List<FollowUp> getFollowUps() {
        if (followUps == null) {
            followUps = work.followUps(tabs.getCaseId());
        }
        return followUps;
    }

    public FollowUpKind[] getKinds() {
        return FollowUpKind.values();
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public void setKind(FollowUpKind kind) {
        this.kind = kind;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public void setNextDue(LocalDate nextDue) {
        this.nextDue = nextDue;
    }
}
