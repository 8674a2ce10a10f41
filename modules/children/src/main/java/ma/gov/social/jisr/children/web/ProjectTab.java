package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.children.api.LifeProject;
import ma.gov.social.jisr.children.api.LifeProjectService;
import ma.gov.social.jisr.children.api.ProjectDomain;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The life project tab: goals by domain with their actions, reviews, the measures and placements serving it. */
@Named
@ViewScoped
public class ProjectTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LifeProjectService projects;
    @Inject
    private CaseFileTabs tabs;

    private ProjectDomain domain;
    private String goal;
    private LocalDate targetOn;
    private Long goalId;
    private String action;
    private String doneBy;
    private LocalDate dueOn;
    private LocalDate reviewedOn = LocalDate.now();
    private String outcome;
    private LocalDate nextReviewOn;
    private transient LifeProject project;

    public void addGoal() {
        run(() -> {
            projects.addGoal(tabs.getCaseId(), domain, goal, targetOn);
            domain = null;
            goal = null;
            targetOn = null;
        }, "children.goal.saved");
    }

    public void addAction() {
        run(() -> {
            projects.addAction(goalId == null ? 0 : goalId, action, doneBy, dueOn);
            action = null;
            doneBy = null;
            dueOn = null;
        }, "children.action.saved");
    }

    public void done(long actionId) {
        run(() -> projects.actionDone(actionId, LocalDate.now()), "children.action.doneSaved");
    }

    public void review() {
        run(() -> {
            projects.review(tabs.getCaseId(), reviewedOn, outcome, nextReviewOn);
            outcome = null;
            nextReviewOn = null;
            tabs.changed();
        }, "children.review.saved");
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            project = null;
            Messages.info(done);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public LifeProject getProject() {
        if (project == null && tabs.getFile() != null) {
            project = projects.project(tabs.getCaseId());
        }
        return project;
    }

    public boolean late(ma.gov.social.jisr.children.api.Goal.Action a) {
        return a.late(LocalDate.now());
    }

    public ProjectDomain[] getDomains() {
        return ProjectDomain.values();
    }

    public ProjectDomain getDomain() {
        return domain;
    }

    public void setDomain(ProjectDomain domain) {
        this.domain = domain;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public void setTargetOn(LocalDate targetOn) {
        this.targetOn = targetOn;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
