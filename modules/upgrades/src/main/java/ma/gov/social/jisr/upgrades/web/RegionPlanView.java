package ma.gov.social.jisr.upgrades.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.upgrades.api.LineStatus;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.PlanService;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeService;
import ma.gov.social.jisr.upgrades.api.ProgrammeStatus;
import ma.gov.social.jisr.upgrades.api.RegionPlan;
import ma.gov.social.jisr.platform.web.support.Messages;

/** A region's part of the plan: the chosen centres by rank, those over budget, swaps and submission. */
@Named
@ViewScoped
public class RegionPlanView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;
    @Inject
    private ProgrammeService programmes;

    private Integer year;
    private String region;
    private Programme programme;
    private RegionPlan report;
    private List<PlanLine> chosen;
    private List<PlanLine> overBudget;
    private Long outCentre;
    private String inCentre;
    private String justification;

    public String load() {
        try {
            programme = programmes.programme(year == null ? 0 : year)
                    .orElseThrow(() -> new JisrException("programme.notFound", year == null ? 0 : year));
            refresh();
            if (report == null) {
                throw new JisrException("plan.outsideScope");
            }
            return null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return "/upgrades/programmes?faces-redirect=true";
        }
    }

    private void refresh() {
        programme = programmes.programme(year).orElseThrow();
        report = plans.regions(year).stream().filter(r -> r.regionCode().equals(region)).findFirst().orElse(null);
        chosen = plans.lines(year, region, LineStatus.CHOSEN);
        overBudget = plans.lines(year, region, LineStatus.OVER_BUDGET);
    }

    public void swap() {
        try {
            plans.swap(year, outCentre == null ? 0 : outCentre, inCentre, justification);
            Messages.info("swap.done");
            outCentre = null;
            inCentre = null;
            justification = null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
    }

    public void submit() {
        try {
            plans.submit(year, region);
            Messages.info("plan.submitted", year);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
    }

    public boolean isEditable() {
        return programme.status() == ProgrammeStatus.DRAFTED && report != null && !report.submitted();
    }

    public boolean isApproved() {
        return programme.status() == ProgrammeStatus.APPROVED;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public RegionPlan getReport() {
        return report;
    }

    public List<PlanLine> getChosen() {
        return chosen;
    }

    public List<PlanLine> getOverBudget() {
        return overBudget;
    }

    public Long getOutCentre() {
        return outCentre;
    }

    public void setOutCentre(Long outCentre) {
        this.outCentre = outCentre;
    }

    public String getInCentre() {
        return inCentre;
    }

    public void setInCentre(String inCentre) {
        this.inCentre = inCentre;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
