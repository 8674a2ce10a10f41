package ma.gov.social.jisr.platform.internal.jobs;

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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.jobs.JobLeases;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The leases this server holds: every 20 seconds it refreshes the heartbeat of the runs it started that are
 * still alive in its batch runtime, and forgets those that ended.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Roles.STAFF)
public class JobLeasesBean implements JobLeases {
    /** This server among others: the JVM's own name (pid@host), unique while it runs. */
    static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** Lease key to execution id, for the runs this server started and that have not ended. */
    private final Map<String, Long> mine = new ConcurrentHashMap<>();

    @Override
    public void take(String key, long execution) {
        mine.put(key, execution);
        new Sql(dataSource).update("insert into plt_job_lease (lease_key, execution_id, owner, heartbeat)"
                + " values (?, ?, ?, ?) on duplicate key update execution_id = values(execution_id),"
                + " owner = values(owner), heartbeat = values(heartbeat)", key, execution, OWNER, LocalDateTime.now());
    }

    @Override
    public void ended(String key, long execution) {
        mine.remove(key, execution);
    }

    @Override
    public Optional<LocalDateTime> heartbeat(String key) {
        return new Sql(dataSource).one("select heartbeat from plt_job_lease where lease_key = ?",
                r -> r.time("heartbeat"), key);
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void beat() {
        mine.forEach((key, execution) -> {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING) {
                new Sql(dataSource).update("update plt_job_lease set heartbeat = ? where lease_key = ?"
                        + " and execution_id = ? and owner = ?", LocalDateTime.now(), key, execution, OWNER);
            } else {
                mine.remove(key, execution);
            }
        });
    }
}
