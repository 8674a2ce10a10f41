package ma.gov.social.jisr.platform.api.imports;

import java.nio.file.Path;

/**
 * Runs a module's CSV import on the server's executor, as the member of staff who uploaded the file:
 * the upload answers at once and the screen follows the import through the {@link ImportTracker}.
 * The outcome is audited and the uploaded file deleted.
 */
public interface BackgroundImports {
    /** Returns the import's id. */
    <T> String start(String module, Path file, String originalName, CsvImport<T> format,
                     CsvImport.LineReader<T> reader, CsvImport.Store<T> store);
}
