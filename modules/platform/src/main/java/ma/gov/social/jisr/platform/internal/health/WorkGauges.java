package ma.gov.social.jisr.platform.internal.health;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.jobs.JobLease;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Work in progress as every server sees it in the shared database, for monitoring (read at each scrape of
 * {@code /metrics}): jobs holding a live lease and how far their steps have got, imports running and their
 * lines, the pool. A failed read answers -1 rather than failing the whole scrape; with the pool exhausted a
 * scrape waits for a connection like any request (a scrape that does not answer is itself the alarm).
 */
@ApplicationScoped
public class WorkGauges {
    /** Live as JobLease judges it: beaten within STALE, by the servers' clock that wrote the beat. */
    private static final String LIVE_LEASES = "SELECT execution_id FROM plt_job_lease WHERE heartbeat >= ?";
    /**
     * The pool as the database sees it: the connections of this account from this server's address (a user
     * sees their own connections without the PROCESS privilege); the reading's own connection is not busy.
     * Servers sharing one address (one machine) are counted together. Payara's own pool metric stays at zero.
     */
    private static final String OWN_CONNECTIONS = "SELECT COUNT(*), COALESCE(SUM(command <> 'Sleep'), 0) - 1"
            + " FROM information_schema.processlist WHERE user = SUBSTRING_INDEX(USER(), '@', 1)"
            + " AND SUBSTRING_INDEX(host, ':', 1) = SUBSTRING_INDEX(USER(), '@', -1)";
    private static final String RUNNING_IMPORTS = "SELECT COUNT(*), COALESCE(SUM(line_count), 0),"
            + " COALESCE(SUM(checked_count), 0) FROM plt_import WHERE state IN ('VALIDATING', 'SAVING', 'UNDOING')";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry metrics;
    private final Map<String, Reading> recent = new ConcurrentHashMap<>();

    /** Registered with the application, so that the gauges are on /metrics before anyone asks for them. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object application) {
        gauge("jisr.jobs.running", "Batch job runs holding a live lease (any server)", WorkGauges::jobsRunning);
        gauge("jisr.jobs.items.written", "Items written so far by the steps of the running job runs",
                WorkGauges::jobItemsWritten);
        gauge("jisr.db.connections", "Connections this server holds to the database (its pool)",
                gauges -> gauges.read(OWN_CONNECTIONS, 1));
        gauge("jisr.db.connections.busy", "Connections of this server running a statement now",
                gauges -> gauges.read(OWN_CONNECTIONS, 2));
        gauge("jisr.imports.running", "Imports being checked or saved (any server)", WorkGauges::importsRunning);
        gauge("jisr.imports.lines", "Lines of the running imports", WorkGauges::importLines);
        gauge("jisr.imports.lines.checked", "Lines of the running imports checked so far",
                WorkGauges::importLinesChecked);
    }

    private void gauge(String name, String description, ToLongFunction<WorkGauges> value) {
        metrics.gauge(Metadata.builder().withName(name).withDescription(description).build(), this,
                gauges -> value.applyAsLong(gauges));
    }

    public long jobsRunning() {
        List<Long> executions = liveExecutions();
        return executions == null ? -1 : executions.size();
    }

    public long jobItemsWritten() {
        List<Long> executions = liveExecutions();
        if (executions == null) {
            return -1;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        long written = 0;
        for (long execution : executions) {
            try {
                for (StepExecution step : operator.getStepExecutions(execution)) {
                    for (Metric metric : step.getMetrics()) {
                        written += metric.getType() == Metric.MetricType.WRITE_COUNT ? metric.getValue() : 0;
                    }
                }
            } catch (RuntimeException gone) {
                // the run ended (or is another application's) between the two reads
            }
        }
        return written;
    }

    public long importsRunning() {
        return imports(1);
    }

    public long importLines() {
        return imports(2);
    }

    public long importLinesChecked() {
        return imports(3);
    }

    private long imports(int column) {
        return read(RUNNING_IMPORTS, column);
    }

    /** A row read at {@code at} (System.nanoTime), null if the read failed. */
    private record Reading(long at, long[] row) {
    }

    /** A scrape reads several gauges off one row (imports, connections): the row is read once a second at most. */
    private long read(String sql, int column) {
        Reading reading = recent.get(sql);
        if (reading == null || System.nanoTime() - reading.at() > TimeUnit.SECONDS.toNanos(1)) {
            reading = new Reading(System.nanoTime(), row(sql));
            recent.put(sql, reading);
        }
        return reading.row() == null ? -1 : reading.row()[column - 1];
    }

    private long[] row(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] row = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getLong(i + 1);
            }
            return row;
        } catch (SQLException e) {
            return null;
        }
    }

    private List<Long> liveExecutions() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LIVE_LEASES)) {
            s.setObject(1, LocalDateTime.now().minus(JobLease.STALE));
            List<Long> executions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    executions.add(rs.getLong(1));
                }
            }
            return executions;
        } catch (SQLException e) {
            return null;
        }
    }
}
