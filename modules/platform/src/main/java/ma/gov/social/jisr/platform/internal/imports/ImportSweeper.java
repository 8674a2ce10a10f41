package ma.gov.social.jisr.platform.internal.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/**
 * Ends the imports whose server died: soon after deployment, then every half of the stale delay (at most a
 * minute). "Dead" is judged by the import's heartbeat in the database, never by this server's start
 * time, since another server may be running the import; every server sweeps, and the row's lock and
 * state make sure that one of them ends each import, and only one whose heartbeat really stopped.
 */
@Singleton
@Startup
public class ImportSweeper {
    private static final Logger LOG = Logger.getLogger("jisr.import");

    @Resource
    private TimerService timers;
    @EJB
    private ImportRecords records;
    @Inject
    private JisrSettings settings;

    /**
     * EJBs cannot be called while the application starts (when the schema is migrated), so the first
     * sweep comes a few seconds after start; a sweep before the migrations would only be retried.
     */
    @PostConstruct
    void schedule() {
        long period = Math.max(1, Math.min(60, settings.importStaleSeconds() / 2)) * 1000L;
        timers.createIntervalTimer(Math.min(period, 10_000L), period, new TimerConfig("jisr-import-sweep", false));
        LOG.info(() -> "Import sweep every " + period / 1000 + " s; an import is taken for dead after "
                + settings.importStaleSeconds() + " s without a heartbeat");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        int stale = settings.importStaleSeconds();
        List<String> candidates;
        try {
            candidates = records.stale(stale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import sweep could not read the running imports", e);
            return;
        }
        for (String id : candidates) {
            try {
                if (records.abandon(id, stale)) {
                    LOG.warning(() -> "Import " + id + " had no heartbeat for " + stale
                            + " s: its server stopped; its staged rows were removed and it is marked FAILED");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import sweep could not end import " + id + "; next sweep will retry", e);
            }
        }
    }
}
