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
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportRun;
import ma.gov.social.jisr.platform.api.imports.ImportTracker;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;

/**
 * The asynchronous half runs without a transaction: the import's chunks each commit in their own,
 * through the module's store. The caller's identity goes along, so the store's role checks still hold.
 */
@Stateless
@LocalBean
@Local(BackgroundImports.class)
@RolesAllowed(Roles.STAFF)
public class BackgroundImportBean implements BackgroundImports {
    private static final Logger LOG = Logger.getLogger("jisr.import");

    @Inject
    private ImportTracker tracker;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditWriter audit;
    @EJB
    private BackgroundImportBean self;

    @Override
    public <T> String start(String module, Path file, String originalName, CsvImport<T> format,
                            CsvImport.LineReader<T> reader, CsvImport.Store<T> store) {
        ImportRun run = tracker.begin(module, originalName);
        AuditEntry entry = AuditEntry.of(module, "import", run.id(), AuditAction.IMPORT).inScope(me.scope());
        self.execute(file, run, format, reader, store, entry, me.username());
        return run.id();
    }

    /** Not part of the service: the background half of {@link #start}. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> void execute(Path file, ImportRun run, CsvImport<T> format, CsvImport.LineReader<T> reader,
                            CsvImport.Store<T> store, AuditEntry entry, String username) {
        try {
            format.run(file, run, reader, store);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + run.id() + " failed", e);
        } finally {
            ImportProgress outcome = run.snapshot();
            audit.write(entry.withDetail(outcome.state() + ": " + outcome.fileName() + ", " + outcome.lines()
                    + " lines, " + outcome.saved() + " saved, " + outcome.problemCount() + " bad lines"), username);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete uploaded file " + file + ": " + e.getMessage());
            }
        }
    }
}
