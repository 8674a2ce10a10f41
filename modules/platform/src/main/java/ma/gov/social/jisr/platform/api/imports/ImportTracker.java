package ma.gov.social.jisr.platform.api.imports;

import java.util.Optional;

/** Imports as the database records them, visible to the member of staff who started each. */
public interface ImportTracker {
    /** The import, if it exists and the current user started it. */
    Optional<ImportProgress> progress(String id);
}
