package ma.gov.social.jisr.platform.internal.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportState;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** One row of plt_import, as read (and possibly locked) by a step. */
record ImportRow(String id, String module, String kind, String username, String regionCode, String provinceCode,
                 String fileName, ImportState state, long lines, long checked, long saved, long held,
                 long problemCount, String server, LocalDateTime startedAt, LocalDateTime endedAt) {
    private static final String COLUMNS = "id, module, kind, username, region_code, province_code, file_name, state,"
            + " line_count, checked_count, saved_count, held_count, problem_count, server, started_at, ended_at";

    /** {@code condition}: more of the where clause, and possibly "for update". */
    static Optional<ImportRow> find(Sql sql, String id, String condition) {
        return sql.one("select " + COLUMNS + " from plt_import where id = ?" + condition, r -> new ImportRow(
                r.code("id"), r.string("module"), r.string("kind"), r.string("username"), r.string("region_code"),
                r.string("province_code"), r.string("file_name"), r.enumValue("state", ImportState.class),
                r.number("line_count"), r.number("checked_count"), r.number("saved_count"), r.number("held_count"),
                r.number("problem_count"), r.string("server"), r.time("started_at"), r.time("ended_at")), id);
    }

    /** Where the import's audit rows go: the uploader's territory, as recorded when it began. */
    AuditEntry audit() {
        return AuditEntry.of(module, "import", id, AuditAction.IMPORT).inTerritory(regionCode, provinceCode);
    }

    ImportProgress progress(String importId, List<ImportProblem> problems) {
        return new ImportProgress(importId, module, kind, username, fileName, state, lines, checked, saved, held,
                problems, problemCount, startedAt, endedAt);
    }
}
