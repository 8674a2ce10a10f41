package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.jobs.JobLeases;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.upgrades.api.PlanningRun;
import ma.gov.social.jisr.upgrades.api.Programme;
import ma.gov.social.jisr.upgrades.api.ProgrammeService;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;

@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class ProgrammeBean implements ProgrammeService {
    @Inject
    private ProgrammeStore store;
    @Inject
    private TerritoryService territories;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private JobLeases leases;

    @Override
    public List<Programme> programmes() {
        return store.all();
    }

    @Override
    public Optional<Programme> programme(int year) {
        return store.find(year);
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void open(ProgrammeSettings settings) {
        requireNational();
        ProgrammeRules.check(settings, LocalDate.now().getYear(), territories.regions().size());
        if (store.find(settings.year()).isPresent()) {
            throw new JisrException("programme.exists", settings.year());
        }
        store.insert(settings, me.username(), LocalDateTime.now());
        audit.record(AuditEntry.of("upgrades", "programme", settings.year(), AuditAction.CREATE).inScope(me.scope())
                .withDetail("target " + settings.target() + ", budget " + settings.budget() + ", minimum "
                        + settings.minPerRegion() + ", weights " + settings.weights()));
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long startPlanning(int year) {
        requireNational();
        ProgrammeEntity programme = store.lockDraft(year);
        if (latestRun(year).map(PlanningRun::running).orElse(false)) {
            throw new JisrException("planning.running", year);
        }
        Properties parameters = new Properties();
        parameters.setProperty("year", Integer.toString(year));
        long execution = operator().start(PLANNING_JOB, parameters);
        return recordExecution(programme, year, execution, "planning job started, execution " + execution);
    }

    @Override
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long restartPlanning(int year) {
        requireNational();
        ProgrammeEntity programme = store.lockDraft(year);
        PlanningRun run = latestRun(year).orElseThrow(() -> new JisrException("planning.neverRun", year));
        if (!run.restartable()) {
            throw new JisrException("planning.notRestartable", year, run.status());
        }
        long execution;
        if (run.interrupted()) {
            // The repository still says STARTED for a run the server lost: it cannot be restarted, and the
            // job redoes the whole draft anyway, so start it afresh.
            execution = operator().start(PLANNING_JOB, operator().getParameters(run.executionId()));
        } else {
            execution = operator().restart(run.executionId(), operator().getParameters(run.executionId()));
        }
        return recordExecution(programme, year, execution, "planning job restarted, execution " + execution + " after "
                + run.executionId());
    }

    /** The year's latest execution is the one the screens follow; starting or restarting it is audited. */
    private long recordExecution(ProgrammeEntity programme, int year, long execution, String detail) {
        programme.planningStarted(execution);
        leases.take(leaseKey(year), execution);
        audit.record(AuditEntry.of("upgrades", "programme", year, AuditAction.UPDATE).inScope(me.scope())
                .withDetail(detail));
        return execution;
    }

    @Override
    public Optional<PlanningRun> latestRun(int year) {
        return store.find(year).map(p -> p.executionId()).map(id -> {
            JobExecution e = operator().getJobExecution(id);
            BatchStatus status = e.getBatchStatus();
            LocalDateTime started = time(e.getStartTime() != null ? e.getStartTime() : e.getCreateTime());
            boolean active = status == BatchStatus.STARTING || status == BatchStatus.STARTED
                    || status == BatchStatus.STOPPING;
            // judged by the lease its server keeps, which holds with any number of servers
            boolean interrupted = active && leases.lost(leaseKey(year));
            return new PlanningRun(id, status.name(), e.getExitStatus(), started, time(e.getEndTime()), interrupted);
        });
    }

    /** The platform's lease of a year's planning run, kept by the server running it, read by every server. */
    static String leaseKey(int year) {
        return "upgrades-plan-" + year;
    }

    private void requireNational() {
        if (!me.scope().isNational()) {
            throw new JisrException("programme.nationalOnly");
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static LocalDateTime time(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault());
    }

}
