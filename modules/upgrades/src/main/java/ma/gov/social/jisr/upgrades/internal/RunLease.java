package ma.gov.social.jisr.upgrades.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.jobs.JobLease;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The lease of the planning runs this server started: a job runs in the JVM that started it, so this
 * server alone can say it is alive. Every 20 seconds it refreshes the heartbeat of its live runs in the
 * database; any server judges a STARTED run whose heartbeat is older than {@link JobLease#STALE} as lost.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Roles.ADMINISTRATOR)
public class RunLease {
    /** This server among others: the JVM's own name (pid@host), unique while it runs. */
    static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** Execution id to programme year, for the runs this server started and that have not ended. */
    private final Map<Long, Integer> mine = new ConcurrentHashMap<>();

    /** Takes the lease of a run just started here, in the starter's transaction. */
    public void take(int year, long execution) {
        mine.put(execution, year);
        new Sql(dataSource).update("update upg_programme set run_owner = ?, run_heartbeat = ? where programme_year = ?",
                OWNER, LocalDateTime.now(), year);
    }

    /** The run ended here: no more beats (the repository now says how it ended). */
    public void release(long execution) {
        mine.remove(execution);
    }

    /** Whether a run the repository calls active was lost: nobody refreshed its lease lately. */
    static boolean lost(LocalDateTime heartbeat, LocalDateTime now) {
        return JobLease.lost(heartbeat, now);
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void beat() {
        Set<Long> ended = new java.util.HashSet<>();
        mine.forEach((execution, year) -> {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING) {
                new Sql(dataSource).update("update upg_programme set run_heartbeat = ? where programme_year = ?"
                        + " and execution_id = ?", LocalDateTime.now(), year, execution);
            } else {
                ended.add(execution);
            }
        });
        mine.keySet().removeAll(ended);
    }
}
