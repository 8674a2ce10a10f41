package ma.gov.social.jisr.platform.internal.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportRun;
import ma.gov.social.jisr.platform.api.imports.ImportTracker;

/**
 * Imports of this server, in memory: a progress bar and a report only matter while the person who
 * started the import is still there. Finished imports are forgotten after a day.
 */
@ApplicationScoped
public class ImportRegistry implements ImportTracker {
    private static final Duration KEPT = Duration.ofDays(1);

    private final Map<String, RunningImport> runs = new ConcurrentHashMap<>();

    @Inject
    private CurrentUser me;

    @Override
    public ImportRun begin(String module, String fileName) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        RunningImport run = new RunningImport(id, module, me.username(), fileName);
        runs.put(id, run);
        return run;
    }

    @Override
    public Optional<ImportProgress> progress(String id) {
        if (id == null) {
            return Optional.empty();
        }
        RunningImport run = runs.get(id);
        return run == null || !run.owner().equals(me.username()) ? Optional.empty() : Optional.of(run.snapshot());
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        runs.values().removeIf(run -> run.startedAt().isBefore(limit));
    }
}
