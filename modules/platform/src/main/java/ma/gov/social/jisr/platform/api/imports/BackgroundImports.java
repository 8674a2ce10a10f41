package ma.gov.social.jisr.platform.api.imports;

import java.nio.file.Path;

/**
 * Runs a module's CSV import on the server's executor, as the member of staff who uploaded the file:
 * the upload answers at once and the screen follows the import through the {@link ImportTracker}.
 * The import is recorded and audited before anything is saved; its outcome is audited too, and the
 * uploaded file deleted. {@code module} names the module's {@link ImportStaging}; {@code kind} says what
 * the file holds ("centre", "person").
 */
public interface BackgroundImports {
    /** Returns the import's id. */
    <T> String start(String module, String kind, Path file, String originalName, CsvImport<T> format,
                     CsvImport.LineReader<T> reader, CsvImport.Store<T> store);
}
