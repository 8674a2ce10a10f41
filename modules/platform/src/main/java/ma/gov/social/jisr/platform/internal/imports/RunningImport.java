package ma.gov.social.jisr.platform.internal.imports;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportRun;
import ma.gov.social.jisr.platform.api.imports.ImportState;

/** One import's counters: written by the importing thread, read by the progress bar's requests. */
final class RunningImport implements ImportRun {
    private static final Logger LOG = Logger.getLogger("jisr.import");

    private final String id;
    private final String module;
    private final String owner;
    private final String fileName;
    private final Instant startedAt = Instant.now();
    private volatile ImportState state = ImportState.VALIDATING;
    private volatile long lines;
    private volatile long checked;
    private volatile long saved;
    private volatile List<ImportProblem> problems = List.of();
    private volatile long problemCount;

    RunningImport(String id, String module, String owner, String fileName) {
        this.id = id;
        this.module = module;
        this.owner = owner;
        this.fileName = fileName;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String tag() {
        return id.substring(0, 8) + id.substring(9, 13) + id.substring(14, 18) + id.substring(19, 23);
    }

    String owner() {
        return owner;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Override
    public void lines(long total) {
        lines = total;
    }

    @Override
    public void checked(long count) {
        checked = count;
    }

    @Override
    public void saving() {
        state = ImportState.SAVING;
    }

    @Override
    public void saved(long count) {
        saved = count;
    }

    @Override
    public void rejected(List<ImportProblem> found, long count) {
        problems = List.copyOf(found);
        problemCount = count;
        state = ImportState.REJECTED;
        LOG.info(() -> "Import " + id + " of " + module + " by " + owner + " rejected: " + count + " bad line(s)");
    }

    @Override
    public void done() {
        state = ImportState.DONE;
        LOG.info(() -> "Import " + id + " of " + module + " by " + owner + ": " + saved + " rows saved");
    }

    @Override
    public void failed(String reason) {
        state = ImportState.FAILED;
        LOG.warning(() -> "Import " + id + " of " + module + " by " + owner + " failed (" + reason
                + "); rows saved so far were taken back");
    }

    @Override
    public ImportProgress snapshot() {
        return new ImportProgress(id, module, owner, fileName, state, lines, checked, saved, problems, problemCount);
    }
}
