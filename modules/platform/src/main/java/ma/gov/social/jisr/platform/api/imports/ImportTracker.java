package ma.gov.social.jisr.platform.api.imports;

import java.util.Optional;

/** Imports running or finished in this server, visible to the member of staff who started each. */
public interface ImportTracker {
    /** Opens the record of a new import for the current user. */
    ImportRun begin(String module, String fileName);

    /** The import, if it exists and the current user started it. */
    Optional<ImportProgress> progress(String id);
}
