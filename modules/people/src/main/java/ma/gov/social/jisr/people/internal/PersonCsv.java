package ma.gov.social.jisr.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;

/** One person as a CSV line (the columns of PersonImportService.COLUMNS). Sex: F/M, or the words in any of our languages. */
final class PersonCsv {
    private PersonCsv() {
    }

    static PersonData read(CsvLine line, List<ImportProblem> problems) {
        int before = problems.size();
        Sex sex = sex(line.get("sex"));
        if (line.get("sex") != null && sex == null) {
            problems.add(ImportProblem.of(line.number(), "import.badValue", "sex", line.get("sex")));
        }
        LocalDate birthDate = null;
        if (line.get("birth_date") != null) {
            try {
                birthDate = LocalDate.parse(line.get("birth_date"));
            } catch (DateTimeParseException e) {
                problems.add(ImportProblem.of(line.number(), "import.badValue", "birth_date", line.get("birth_date")));
            }
        }
        Integer year = null;
        if (line.get("estimated_birth_year") != null) {
            try {
                year = Integer.valueOf(line.get("estimated_birth_year"));
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.of(line.number(), "import.badValue", "estimated_birth_year",
                        line.get("estimated_birth_year")));
            }
        }
        String province = line.get("province");
        PersonData data = new PersonData(line.get("first_name_ar"), line.get("last_name_ar"),
                line.get("first_name_latin"), line.get("last_name_latin"), sex, birthDate, year, line.get("cin"),
                line.get("phone"), line.get("address"), province == null ? null : province.toUpperCase(Locale.ROOT));
        return problems.size() == before ? data : null;
    }

    private static Sex sex(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE", "FEMME", "ANTHA", "أنثى", "انثى" -> Sex.FEMALE;
            case "M", "H", "MALE", "HOMME", "ذكر" -> Sex.MALE;
            default -> null;
        };
    }
}
