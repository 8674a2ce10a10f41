package ma.gov.social.jisr.platform.internal.imports;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportState;

/** One row of plt_import, as read (and possibly locked) by a step. */
record ImportRow(String id, String module, String kind, String username, String regionCode, String provinceCode,
                 String fileName, ImportState state, long lines, long checked, long saved, long held,
                 long problemCount, String server, LocalDateTime startedAt, LocalDateTime endedAt) {
    private static final String COLUMNS = "id, module, kind, username, region_code, province_code, file_name, state,"
            + " line_count, checked_count, saved_count, held_count, problem_count, server, started_at, ended_at";

    /** {@code condition}: more of the where clause, and possibly "for update". */
    static Optional<ImportRow> find(EntityManager em, String id, String condition) {
        List<?> found = em.createNativeQuery("select " + COLUMNS + " from plt_import where id = ?" + condition)
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) found.get(0);
        return Optional.of(new ImportRow(((String) c[0]).trim(), (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], (String) c[5], (String) c[6], ImportState.valueOf((String) c[7]), number(c[8]),
                number(c[9]), number(c[10]), number(c[11]), number(c[12]), (String) c[13], time(c[14]), time(c[15])));
    }

    /** Where the import's audit rows go: the uploader's territory, as recorded when it began. */
    AuditEntry audit() {
        return AuditEntry.of(module, "import", id, AuditAction.IMPORT).inTerritory(regionCode, provinceCode);
    }

    ImportProgress progress(String importId, List<ImportProblem> problems) {
        return new ImportProgress(importId, module, kind, username, fileName, state, lines, checked, saved, held,
                problems, problemCount, startedAt, endedAt);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDateTime time(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
