package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.RiskAssessment;
import ma.gov.social.jisr.women.api.RiskLevel;
import ma.gov.social.jisr.women.api.RiskQuestion;
import ma.gov.social.jisr.women.api.SafetyPlan;
import ma.gov.social.jisr.women.api.WomenService;

/** The risk tab of a woman's case: the checklist, the level it gives, past assessments, safety plans. */
@Named
@ViewScoped
public class WomenRiskTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private WomenService women;
    @Inject
    private CaseFileTabs tabs;

    private RiskQuestion[] yes = {};
    private LocalDate assessedOn = LocalDate.now();
    private LocalDate planOn = LocalDate.now();
    private String measures;
    private transient List<RiskAssessment> assessments;
    private transient List<SafetyPlan> plans;

    public void assess() {
        try {
            RiskLevel level = women.assessRisk(tabs.getCaseId(), assessedOn,
                    yes.length == 0 ? EnumSet.noneOf(RiskQuestion.class) : EnumSet.copyOf(Arrays.asList(yes)));
            yes = new RiskQuestion[0];
            assessments = null;
            tabs.changed();
            Messages.info(level.needsSafetyPlan() ? "women.risk.assessedPlanNeeded" : "women.risk.assessed");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void agreePlan() {
        try {
            women.agreeSafetyPlan(tabs.getCaseId(), planOn, measures);
            measures = null;
            plans = null;
            tabs.changed();
            Messages.info("women.safetyPlan.agreed");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** The latest assessment's level, or null before the first one. */
    public RiskLevel getLevel() {
        return getAssessments().stream().max(Comparator.comparing(RiskAssessment::assessedOn)
                .thenComparing(RiskAssessment::id)).map(RiskAssessment::level).orElse(null);
    }

    public List<RiskAssessment> getAssessments() {
        if (assessments == null) {
            assessments = tabs.getFile() == null ? List.of() : women.assessments(tabs.getCaseId());
        }
        return assessments;
    }

    public List<SafetyPlan> getPlans() {
        if (plans == null) {
            plans = tabs.getFile() == null ? List.of() : women.safetyPlans(tabs.getCaseId());
        }
        return plans;
    }

    /** The questions answered "yes", in the checklist's order. */
    public List<RiskQuestion> sorted(java.util.Set<RiskQuestion> answered) {
        return answered.stream().sorted().toList();
    }

    public RiskQuestion[] getQuestions() {
        return RiskQuestion.values();
    }

    public RiskQuestion[] getYes() {
        return yes;
    }

    public void setYes(RiskQuestion[] yes) {
        this.yes = yes == null ? new RiskQuestion[0] : yes;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public LocalDate getPlanOn() {
        return planOn;
    }

    public void setPlanOn(LocalDate planOn) {
        this.planOn = planOn;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}
