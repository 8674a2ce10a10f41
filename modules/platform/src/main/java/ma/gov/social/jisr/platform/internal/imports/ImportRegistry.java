package ma.gov.social.jisr.platform.internal.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportTracker;

/**
 * Imports as the database records them, so that any server and any later page shows the same. A
 * progress bar asks every second and a page asks several times per rendering: finished imports never
 * change, so the last few are kept here (a refused file's report can hold 10,000 lines).
 */
@Singleton
@Lock(LockType.READ)
public class ImportRegistry implements ImportTracker {
    private static final int KEPT = 20;

    private final Map<String, ImportProgress> finished = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ImportProgress> eldest) {
                    return size() > KEPT;
                }
            });

    @Inject
    private CurrentUser me;
    @EJB
    private ImportRecords records;

    @Override
    @RolesAllowed(Roles.STAFF)
    public Optional<ImportProgress> progress(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ImportProgress progress = finished.get(id);
        if (progress == null) {
            progress = records.progress(id).orElse(null);
            if (progress != null && progress.state().finished()) {
                finished.put(id, progress);
            }
        }
        return progress == null || !progress.owner().equals(me.username()) ? Optional.empty() : Optional.of(progress);
    }
}
