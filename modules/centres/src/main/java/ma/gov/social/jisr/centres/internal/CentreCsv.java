package ma.gov.social.jisr.centres.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;

/**
 * One centre as a CSV line, both ways, so that an export can be corrected and imported again.
 * Codes of lists (type, status...) are the English constants; several services are joined with "|".
 */
final class CentreCsv {
    private CentreCsv() {
    }

    /** {@code partnerRegistration}: the registration number of the centre's association, when linked. */
    static void write(TableWriter table, CentreData d, String partnerRegistration) {
        table.row(d.code(), d.nameAr(), d.nameFr(), d.type(), d.provinceCode(), d.area(), d.address(),
                d.latitude(), d.longitude(), d.managingBody(), d.partnerName(), d.openedOn(), d.status(),
                d.places(), d.beds(), d.staffTotal(), d.staffProfessional(),
                d.services().stream().map(Enum::name).sorted().collect(Collectors.joining("|")),
                partnerRegistration);
    }

    /** Reads a line; problems found while reading are added with the line's number (null then). */
    static CentreData read(CsvLine line, List<ImportProblem> problems) {
        Reader r = new Reader(line, problems);
        CentreData data = new CentreData(upper(line.get("code")), line.get("name_ar"), line.get("name_fr"),
                r.enumOf(CentreType.class, "type"), upper(line.get("province")), r.enumOf(Area.class, "area"),
                line.get("address"), r.decimal("latitude"), r.decimal("longitude"),
                r.enumOf(ManagingBody.class, "managing_body"), line.get("partner_name"), null, r.date("opened_on"),
                r.enumOf(CentreStatus.class, "status"), r.integer("places"), r.integer("beds"),
                r.integer("staff_total"), r.integer("staff_professional"), r.services(), Set.of());
        return r.ok ? data : null;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static final class Reader {
        private final CsvLine line;
        private final List<ImportProblem> problems;
        private boolean ok = true;

        Reader(CsvLine line, List<ImportProblem> problems) {
            this.line = line;
            this.problems = problems;
        }

        private void bad(String column, String value) {
            ok = false;
            problems.add(ImportProblem.of(line.number(), "import.badValue", column, value));
        }

        <E extends Enum<E>> E enumOf(Class<E> type, String column) {
            String value = line.get(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                bad(column, value);
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = line.get(column);
            try {
                return value == null ? null : new BigDecimal(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                bad(column, value);
                return null;
            }
        }

        Integer integer(String column) {
            String value = line.get(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                bad(column, value);
                return null;
            }
        }

        LocalDate date(String column) {
            String value = line.get(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                bad(column, value);
                return null;
            }
        }

        Set<OfferedService> services() {
            String value = line.get("services");
            Set<OfferedService> services = EnumSet.noneOf(OfferedService.class);
            if (value != null) {
                for (String part : value.split("\\|")) {
                    if (!part.isBlank()) {
                        try {
                            services.add(OfferedService.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            bad("services", part.trim());
                        }
                    }
                }
            }
            return services;
        }
    }
}
