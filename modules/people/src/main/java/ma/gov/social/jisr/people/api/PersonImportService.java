package ma.gov.social.jisr.people.api;

import java.nio.file.Path;
import java.util.List;

/** CSV import of persons, in the background, all or nothing; follow it with the import tracker. */
public interface PersonImportService {
    List<String> COLUMNS = List.of("first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin", "sex",
            "birth_date", "estimated_birth_year", "cin", "phone", "address", "province");

    String start(Path file, String originalName);
}
