package ma.gov.social.jisr.people.api;

import java.nio.file.Path;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.imports.FileImport;

/**
 * CSV import of persons, in the background, all or nothing; follow it with the import tracker. Every
 * line goes through the duplicate check of a create, against the registry and against the earlier
 * lines of the file: a line with candidates is held for a person to decide, never saved silently.
 */
public interface PersonImportService extends FileImport {
    List<String> COLUMNS = List.of("first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin", "sex",
            "birth_date", "estimated_birth_year", "cin", "phone", "address", "province");

    String start(Path file, String originalName);

    /**
     * A page of the held lines of an import that lie in the caller's territory, in line order. Once the
     * import is published; reading them is audited (personal data).
     */
    List<HeldLine> heldLines(String importId, PageRequest page);

    /** How many lines {@link #heldLines} has in all. */
    long countHeldLines(String importId);

    /**
     * Decides a held line. EXISTING: the line is {@code personId}, one of its candidates; nothing is
     * created. NEW: the line is registered as a new person under the rules of a create, the candidates
     * confirmed as other persons. Audited either way. Returns the person the line is.
     */
    long resolve(long heldLineId, HoldDecision decision, Long personId);
}
