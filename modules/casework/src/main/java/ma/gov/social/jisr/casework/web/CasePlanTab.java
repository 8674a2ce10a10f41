package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.PlanVersion;

/** The plan agreed with the person: its versions and a new one. */
@Named
@ViewScoped
public class CasePlanTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWork work;
    @Inject
    private CaseFileTabs tabs;

    private LocalDate agreedOn = LocalDate.now();
    private String goals;
    private transient List<PlanVersion> plans;

    public void agree() {
        if (CaseActions.run(() -> work.agreePlan(tabs.getCaseId(), agreedOn, goals), "case.plan.agreed")) {
            goals = null;
            plans = null;
        }
    }

    public List<PlanVersion> getPlans() {
        if (plans == null) {
            plans = work.plans(tabs.getCaseId());
        }
        return plans;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }
}
