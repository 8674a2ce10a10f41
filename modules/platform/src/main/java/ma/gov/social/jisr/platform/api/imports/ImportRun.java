package ma.gov.social.jisr.platform.api.imports;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The running side of an import, as {@link CsvImport} drives it. Every step is recorded in the import's
 * database row, on a condition on its state: a step that finds the import no longer where it left it
 * (a sweep judged it dead and took it back) throws {@link TakenOver}, and the import stops touching anything.
 */
public interface ImportRun {
    String id();

    /** A short tag stored on every staged row, so that the rows of an import can be published or taken back. */
    String tag();

    /** Also the heartbeat while checking. */
    void checked(long count);

    void rejected(long lines, List<ImportProblem> problems, long problemCount);

    void saving(long lines);

    /**
     * Stages one chunk in a transaction of its own, which also moves the heartbeat; {@code write} answers
     * how many of the chunk's rows it held for a person to decide instead of staging them.
     */
    void chunk(int rows, IntSupplier write);

    /** Publishes the staged rows, and records the import finished, in one transaction. */
    void publish();

    /** Takes back whatever was staged, and records why; says "undoing" when even that failed. */
    void failed(String reason);

    /** The import no longer belongs to this run: someone else ended it. Rolls the step's transaction back. */
    @ApplicationException(rollback = true)
    final class TakenOver extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TakenOver(String id) {
            super("import " + id + " was ended by someone else");
        }
    }
}
