package ma.gov.social.jisr.centres.api;

import java.nio.file.Path;
import ma.gov.social.jisr.platform.api.imports.FileImport;

/**
 * CSV import of centres, in the background. The file (UTF-8, header line, columns in
 * {@link #COLUMNS}) is checked whole before anything is saved; follow it with the import tracker. An
 * association-managed centre names its association by {@code partner_registration} (its number in the partner
 * registry, whose name then replaces {@code partner_name}); with only a name it is imported unlinked.
 */
public interface CentreImportService extends FileImport {
    java.util.List<String> COLUMNS = java.util.List.of("code", "name_ar", "name_fr", "type", "province", "area",
            "address", "latitude", "longitude", "managing_body", "partner_name", "opened_on", "status", "places",
            "beds", "staff_total", "staff_professional", "services", "partner_registration");

    /** Starts the import of a file the caller uploaded; returns the import's id. The file is deleted after. */
    @Override
    String start(Path file, String originalName);
}
