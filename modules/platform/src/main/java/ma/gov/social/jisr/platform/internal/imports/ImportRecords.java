package ma.gov.social.jisr.platform.internal.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.imports.ImportProgress;
import ma.gov.social.jisr.platform.api.imports.ImportRun.TakenOver;
import ma.gov.social.jisr.platform.api.imports.ImportStaging;
import ma.gov.social.jisr.platform.api.imports.ImportState;
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

    @PersistenceContext(unitName = "platform")
    private EntityManager em;
    @Inject
    private AuditWriter audit;
    @Inject
    private Instance<ImportStaging> stagings;

    /** Records and audits the import before anything of it is saved. */
    public void begin(String id, String module, String kind, String username, AuditEntry where, String fileName) {
        em.createNativeQuery("insert into plt_import (id, module, kind, username, region_code, province_code,"
                + " file_name, state, server, started_at, heartbeat_at) values (?, ?, ?, ?, ?, ?, ?, 'VALIDATING', ?,"
                + " now(3), now(3))").setParameter(1, id).setParameter(2, module).setParameter(3, kind)
                .setParameter(4, username).setParameter(5, where.regionCode()).setParameter(6, where.provinceCode())
                .setParameter(7, fileName).setParameter(8, Servers.THIS).executeUpdate();
        audit.write(where.withDetail("started: " + kind + " file " + fileName), username);
    }

    public void checked(String id, long count) {
        expect(id, em.createNativeQuery("update plt_import set checked_count = ?, heartbeat_at = now(3)"
                + " where id = ? and state = 'VALIDATING'").setParameter(1, count).setParameter(2, id).executeUpdate());
    }

    public void rejected(String id, long lines, List<ImportProblem> problems, long problemCount) {
        ImportRow row = locked(id, "('VALIDATING')");
        for (int from = 0; from < problems.size(); from += PROBLEMS_PER_INSERT) {
            List<ImportProblem> part = problems.subList(from, Math.min(problems.size(), from + PROBLEMS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into plt_import_problem (import_id, position, line_number,"
                    + " message_key, arguments) values ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < part.size(); i++) {
                ImportProblem p = part.get(i);
                insert.setParameter(5 * i + 1, id).setParameter(5 * i + 2, from + i).setParameter(5 * i + 3, p.line())
                        .setParameter(5 * i + 4, p.messageKey())
                        .setParameter(5 * i + 5, ProblemArguments.encode(p.arguments()));
            }
            insert.executeUpdate();
        }
        em.createNativeQuery("update plt_import set state = 'REJECTED', line_count = ?, checked_count = ?,"
                + " problem_count = ?, ended_at = now(3), heartbeat_at = now(3) where id = ?").setParameter(1, lines)
                .setParameter(2, lines).setParameter(3, problemCount).setParameter(4, id).executeUpdate();
        audit.write(row.audit().withDetail("REJECTED: " + row.fileName() + ", " + lines + " lines, " + problemCount
                + " bad lines; nothing saved"), row.username());
    }

    public void saving(String id, long lines) {
        expect(id, em.createNativeQuery("update plt_import set state = 'SAVING', line_count = ?,"
                + " heartbeat_at = now(3) where id = ? and state = 'VALIDATING'").setParameter(1, lines)
                .setParameter(2, id).executeUpdate());
    }

    /** The row is locked first: a sweep cannot take the import back while a chunk is being staged. */
    public void chunk(String id, int rows, IntSupplier write) {
        expect(id, em.createNativeQuery("update plt_import set heartbeat_at = now(3) where id = ? and state = 'SAVING'")
                .setParameter(1, id).executeUpdate());
        int held = write.getAsInt();
        em.createNativeQuery("update plt_import set saved_count = saved_count + ?, held_count = held_count + ?"
                + " where id = ?").setParameter(1, rows - held).setParameter(2, held).setParameter(3, id)
                .executeUpdate();
    }

    public void publish(String id) {
        ImportRow row = locked(id, "('SAVING')");
        staging(row.module()).publish(id);
        ImportState end = row.held() > 0 ? ImportState.HELD : ImportState.DONE;
        em.createNativeQuery("update plt_import set state = ?, ended_at = now(3), heartbeat_at = now(3) where id = ?")
                .setParameter(1, end.name()).setParameter(2, id).executeUpdate();
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
        em.createNativeQuery("update plt_import set state = 'UNDOING', failure = ? where id = ?"
                + " and state in " + RUNNING).setParameter(1, cut(reason)).setParameter(2, id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> stale(int seconds) {
        return em.createNativeQuery("select id from plt_import where state in " + RUNNING
                + " and heartbeat_at < now(3) - interval ? second").setParameter(1, seconds).getResultList();
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
        return ImportRow.find(em, id, "").map(row -> row.progress(id, row.state() == ImportState.REJECTED
                ? problems(id) : List.of()));
    }

    private void end(ImportRow row, String reason) {
        staging(row.module()).discard(row.id());
        em.createNativeQuery("update plt_import set state = 'FAILED', failure = ?, ended_at = now(3),"
                + " heartbeat_at = now(3) where id = ?").setParameter(1, cut(reason)).setParameter(2, row.id())
                .executeUpdate();
        audit.write(row.audit().withDetail("FAILED: " + row.fileName() + "; " + cut(reason)
                + "; every staged row was removed, nothing saved"), row.username());
    }

    @SuppressWarnings("unchecked")
    private List<ImportProblem> problems(String id) {
        List<Object[]> rows = em.createNativeQuery("select line_number, message_key, arguments from plt_import_problem"
                + " where import_id = ? order by position").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new ImportProblem(((Number) r[0]).longValue(), (String) r[1],
                ProblemArguments.decode((String) r[2]))).toList();
    }

    private ImportRow locked(String id, String states) {
        return lockedIf(id, states, null).orElseThrow(() -> new TakenOver(id));
    }

    private Optional<ImportRow> lockedIf(String id, String states, Integer staleSeconds) {
        return ImportRow.find(em, id, " and state in " + states + (staleSeconds == null ? ""
                : " and heartbeat_at < now(3) - interval " + staleSeconds.intValue() + " second") + " for update");
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
