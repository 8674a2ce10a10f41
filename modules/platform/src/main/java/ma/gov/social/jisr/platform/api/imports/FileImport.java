package ma.gov.social.jisr.platform.api.imports;

import java.nio.file.Path;

/**
 * A module's CSV import, started from the platform's import screen (see ImportKind). The file, checked
 * whole before anything is saved, is deleted after; the answer is the import's id for the tracker.
 */
public interface FileImport {
    String start(Path file, String originalName);
}
