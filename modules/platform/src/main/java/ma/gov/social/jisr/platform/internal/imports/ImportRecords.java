package ma.gov.social.jisr.platform.internal.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportRun.TakenOver;
import ma.gov.social.jisr.platform.api.imports.ImportStaging;
import ma.gov.social.jisr.platform.api.imports.ImportState;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;

/**
 * The import's row in plt_import, one short transaction per step. Every step changes the row only on a
 * condition on its state, so that of an importing thread and a sweep (on any server) exactly one ends
 * an import; the module's staged rows are published or taken back in the same transaction as the new
 * state, so the state never says what did not happen. Internal: its callers are the import run and the sweep.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRecords {
    private static final String RUNNING = "('VALIDATING', 'SAVING', 'UNDOING')";
    private static final int PROBLEMS_PER_INSERT = 100;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private AuditWriter audit;
    @Inject
    private Instance<ImportStaging> stagings;

    /** Records and audits the import before anything of it is saved. */
    public void begin(String id, String module, String kind, String username, AuditEntry where, String fileName) {
        sql().update("insert into plt_import (id, module, kind, username, region_code, province_code, file_name,"
                + " state, server, started_at, heartbeat_at) values (?, ?, ?, ?, ?, ?, ?, 'VALIDATING', ?, now(3),"
                + " now(3))", id, module, kind, username, where.regionCode(), where.provinceCode(), fileName,
                Servers.THIS);
        audit.write(where.withDetail("started: " + kind + " file " + fileName), username);
    }

    public void checked(String id, long count) {
        expect(id, sql().update("update plt_import set checked_count = ?, heartbeat_at = now(3)"
                + " where id = ? and state = 'VALIDATING'", count, id));
    }

    public void rejected(String id, long lines, List<ImportProblem> problems, long problemCount) {
        ImportRow row = locked(id, "('VALIDATING')");
        for (int from = 0; from < problems.size(); from += PROBLEMS_PER_INSERT) {
            List<ImportProblem> part = problems.subList(from, Math.min(problems.size(), from + PROBLEMS_PER_INSERT));
            StringBuilder insert = new StringBuilder("insert into plt_import_problem (import_id, position, line_number,"
                    + " message_key, arguments) values ");
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                ImportProblem p = part.get(i);
                insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
                values.addAll(Arrays.asList(id, from + i, p.line(), p.messageKey(), ProblemArguments.encode(p.arguments())));
            }
            sql().update(insert.toString(), values.toArray());
        }
        sql().update("update plt_import set state = 'REJECTED', line_count = ?, checked_count = ?, problem_count = ?,"
                + " ended_at = now(3), heartbeat_at = now(3) where id = ?", lines, lines, problemCount, id);
        audit.write(row.audit().withDetail("REJECTED: " + row.fileName() + ", " + lines + " lines, " + problemCount
                + " bad lines; nothing saved"), row.username());
    }

    public void saving(String id, long lines) {
        expect(id, sql().update("update plt_import set state = 'SAVING', line_count = ?, heartbeat_at = now(3)"
                + " where id = ? and state = 'VALIDATING'", lines, id));
    }

    /** The row is locked first: a sweep cannot take the import back while a chunk is being staged. */
    public void chunk(String id, int rows, IntSupplier write) {
        expect(id, sql().update("update plt_import set heartbeat_at = now(3) where id = ? and state = 'SAVING'", id));
        int held = write.getAsInt();
        sql().update("update plt_import set saved_count = saved_count + ?, held_count = held_count + ? where id = ?",
                rows - held, held, id);
    }

    public void publish(String id) {
        ImportRow row = locked(id, "('SAVING')");
        staging(row.module()).publish(id);
        ImportState end = row.held() > 0 ? ImportState.HELD : ImportState.DONE;
        sql().update("update plt_import set state = ?, ended_at = now(3), heartbeat_at = now(3) where id = ?", end, id);
        audit.write(row.audit().withDetail(end + ": " + row.fileName() + ", " + row.lines() + " lines, "
                + row.saved() + " saved, " + row.held() + " held for a decision"), row.username());
    }

    /** Takes the staged rows back and says FAILED; false if the import had already ended. */
    public boolean fail(String id, String reason) {
        Optional<ImportRow> found = lockedIf(id, RUNNING, null);
        found.ifPresent(row -> end(row, reason));
        return found.isPresent();
    }

    /** When even taking back failed: the rows stay staged (invisible) until a sweep removes them. */
    public void undoing(String id, String reason) {
        sql().update("update plt_import set state = 'UNDOING', failure = ? where id = ? and state in " + RUNNING,
                cut(reason), id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> stale(int seconds) {
        return sql().list("select id from plt_import where state in " + RUNNING
                + " and heartbeat_at < now(3) - interval ? second", row -> row.code("id"), seconds);
    }

    /**
     * Ends an import whose heartbeat stopped more than {@code seconds} ago: its server died (or lost the
     * database). Nothing can have linked its rows, staged where nobody sees them; they are removed.
     */
    public boolean abandon(String id, int seconds) {
        Optional<ImportRow> found = lockedIf(id, RUNNING, seconds);
        found.ifPresent(row -> end(row, "the server running it (" + row.server() + ") stopped; cleaned up by "
                + Servers.THIS));
        return found.isPresent();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportProgress> progress(String id) {
        return ImportRow.find(sql(), id, "").map(row -> row.progress(id, row.state() == ImportState.REJECTED
                ? problems(id) : List.of()));
    }

    private void end(ImportRow row, String reason) {
        staging(row.module()).discard(row.id());
        sql().update("update plt_import set state = 'FAILED', failure = ?, ended_at = now(3), heartbeat_at = now(3)"
                + " where id = ?", cut(reason), row.id());
        audit.write(row.audit().withDetail("FAILED: " + row.fileName() + "; " + cut(reason)
                + "; every staged row was removed, nothing saved"), row.username());
    }

    private List<ImportProblem> problems(String id) {
        return sql().list("select line_number, message_key, arguments from plt_import_problem where import_id = ?"
                + " order by position", row -> new ImportProblem(row.number("line_number"), row.string("message_key"),
                ProblemArguments.decode(row.string("arguments"))), id);
    }

    private ImportRow locked(String id, String states) {
        return lockedIf(id, states, null).orElseThrow(() -> new TakenOver(id));
    }

    private Optional<ImportRow> lockedIf(String id, String states, Integer staleSeconds) {
        return ImportRow.find(sql(), id, " and state in " + states + (staleSeconds == null ? ""
                : " and heartbeat_at < now(3) - interval " + staleSeconds.intValue() + " second") + " for update");
    }

    private Sql sql() {
        return new Sql(dataSource);
    }

    private ImportStaging staging(String module) {
        return stagings.stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no import staging for module " + module));
    }

    private static void expect(String id, int updated) {
        if (updated == 0) {
            throw new TakenOver(id);
        }
    }

    private static String cut(String text) {
        String value = text == null ? "unknown" : text;
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
