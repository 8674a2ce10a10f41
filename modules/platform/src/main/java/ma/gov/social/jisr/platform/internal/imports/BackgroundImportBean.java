package ma.gov.social.jisr.platform.internal.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.imports.BackgroundImports;
import ma.gov.social.jisr.platform.api.imports.CsvImport;
import ma.gov.social.jisr.platform.api.imports.ImportRun;

/**
 * The import is recorded and audited (committed) before the background half starts. The background
 * half runs without a transaction: each step commits in its own (see {@link ImportRecords}). The
 * caller's identity goes along, so the module store's role checks still hold.
 */
@Stateless
@LocalBean
@Local(BackgroundImports.class)
@RolesAllowed(Roles.STAFF)
public class BackgroundImportBean implements BackgroundImports {
    private static final Logger LOG = Logger.getLogger("jisr.import");
    private static final int MAX_FILE_NAME = 255;

    @Inject
    private CurrentUser me;
    @EJB
    private ImportRecords records;
    @EJB
    private BackgroundImportBean self;

    @Override
    public <T> String start(String module, String kind, Path file, String originalName, CsvImport<T> format,
                            CsvImport.LineReader<T> reader, CsvImport.Store<T> store) {
        String id = DatabaseImportRun.newId();
        String name = originalName == null || originalName.isBlank() ? file.getFileName().toString() : originalName;
        records.begin(id, module, kind, me.username(), AuditEntry.of(module, "import", id, AuditAction.IMPORT)
                .inScope(me.scope()), name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name);
        self.execute(file, new DatabaseImportRun(id, records), format, reader, store);
        return id;
    }

    /** Not part of the service: the background half of {@link #start}. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> void execute(Path file, ImportRun run, CsvImport<T> format, CsvImport.LineReader<T> reader,
                            CsvImport.Store<T> store) {
        try {
            format.run(file, run, reader, store);
        } catch (ImportRun.TakenOver e) {
            LOG.warning(() -> "Import " + run.id() + " was ended meanwhile by a sweep (its heartbeat had stopped)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + run.id() + " failed", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete uploaded file " + file + ": " + e.getMessage());
            }
        }
    }
}
