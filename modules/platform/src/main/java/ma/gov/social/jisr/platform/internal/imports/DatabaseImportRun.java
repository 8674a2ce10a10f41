package ma.gov.social.jisr.platform.internal.imports;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportRun;

/** An import run whose every step is a step of its database row (see {@link ImportRecords}). */
final class DatabaseImportRun implements ImportRun {
    private static final Logger LOG = Logger.getLogger("jisr.import");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final ImportRecords records;

    DatabaseImportRun(String id, ImportRecords records) {
        this.id = id;
        this.records = records;
    }

    /** 20 hex digits: the id of the import and the tag of its staged rows (CHAR(20) columns). */
    static String newId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String tag() {
        return id;
    }

    @Override
    public void checked(long count) {
        records.checked(id, count);
    }

    @Override
    public void rejected(long lines, List<ImportProblem> problems, long problemCount) {
        records.rejected(id, lines, problems, problemCount);
        LOG.info(() -> "Import " + id + " rejected: " + problemCount + " bad line(s)");
    }

    @Override
    public void saving(long lines) {
        records.saving(id, lines);
    }

    @Override
    public void chunk(int rows, IntSupplier write) {
        records.chunk(id, rows, write);
    }

    @Override
    public void publish() {
        records.publish(id);
        LOG.info(() -> "Import " + id + " published");
    }

    /** Never throws: the caller is already handling a failure. What could not be done is left to the sweep. */
    @Override
    public void failed(String reason) {
        try {
            if (records.fail(id, reason)) {
                LOG.warning(() -> "Import " + id + " failed (" + reason + "); its staged rows were removed");
            }
        } catch (RuntimeException undoFailed) {
            LOG.log(Level.SEVERE, "Import " + id + " failed (" + reason + ") and its staged rows could not be"
                    + " removed now; they stay invisible until the sweep removes them", undoFailed);
            try {
                records.undoing(id, reason);
            } catch (RuntimeException stateFailed) {
                LOG.log(Level.SEVERE, "Import " + id + ": could not record UNDOING either", stateFailed);
            }
        }
    }
}
