package ma.gov.social.jisr.upgrades.api;

import java.util.List;
import java.util.Optional;

/** Programme years: opening one, and running the planning job that drafts its plan. */
public interface ProgrammeService {
    /** The batch job that drafts a year's plan (META-INF/batch-jobs/centre-upgrade-plan.xml). */
    String PLANNING_JOB = "centre-upgrade-plan";

    /** Newest year first. */
    List<Programme> programmes();

    Optional<Programme> programme(int year);

    /** Refuses a second programme for the same year, and settings that cannot work (see the messages). */
    void open(ProgrammeSettings settings);

    /** Starts the planning job; refused if the plan is approved or the job is already running. */
    long startPlanning(int year);

    /** Restarts the latest execution after a failure, a stop or a server that went down. */
    long restartPlanning(int year);

    Optional<PlanningRun> latestRun(int year);
}
