package ma.gov.social.jisr.platform.api.imports;

import java.util.List;

/** The running side of an import: the module's importer reports through it. Safe across threads. */
public interface ImportRun {
    String id();

    /** A short tag stored on every saved row, so that a failed import can take back what it saved. */
    String tag();

    void lines(long total);

    void checked(long count);

    void saving();

    void saved(long count);

    void rejected(List<ImportProblem> problems, long problemCount);

    void done();

    void failed(String reason);

    ImportProgress snapshot();
}
