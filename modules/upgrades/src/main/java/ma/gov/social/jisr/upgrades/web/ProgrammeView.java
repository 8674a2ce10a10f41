package ma.gov.social.jisr.upgrades.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.upgrades.api.PlanService;
import ma.gov.social.jisr.upgrades.api.PlanningRun;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeService;
import ma.gov.social.jisr.upgrades.api.RegionPlan;
import ma.gov.social.jisr.platform.web.support.Messages;

/** A programme year: its settings, the planning job (run, follow, restart), the report per region, approval. */
@Named
@ViewScoped
public class ProgrammeView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmes;
    @Inject
    private PlanService plans;

    private Integer year;
    private Programme programme;
    private PlanningRun run;
    private List<RegionPlan> regions;

    public String load() {
        programme = year == null ? null : programmes.programme(year).orElse(null);
        if (programme == null) {
            Messages.error("programme.notFound", year == null ? 0 : year);
            return "/upgrades/programmes?faces-redirect=true";
        }
        refresh();
        return null;
    }

    /** Called by the poll while the job runs, and after every action. */
    public void refresh() {
        programme = programmes.programme(year).orElseThrow();
        run = programmes.latestRun(year).orElse(null);
        regions = plans.regions(year);
    }

    public void startPlanning() {
        act(() -> programmes.startPlanning(year), "planning.started");
    }

    public void restartPlanning() {
        act(() -> programmes.restartPlanning(year), "planning.restarted");
    }

    public void submit(String region) {
        act(() -> plans.submit(year, region), "plan.submitted");
    }

    public void approve() {
        act(() -> plans.approve(year), "plan.approved");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done, year);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        refresh();
    }

    public boolean isRunning() {
        return run != null && run.running();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Programme getProgramme() {
        return programme;
    }

    public PlanningRun getRun() {
        return run;
    }

    public List<RegionPlan> getRegions() {
        return regions;
    }
}
