package ma.gov.social.jisr.casework.api;

import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.export.ExportFormat;

/**
 * Cases of every social module, within the caller's territory and the module's roles. A case the caller
 * may not open is "not found" and the attempt is audited; every opening is audited.
 */
public interface CaseService {
    /** Opens a case at the REGISTERED step; returns its id. The person must exist in the registry. */
    long open(NewCase data);

    /**
     * Whom a case of the module held at the centre may be given to; empty when the caller may not open
     * such a case there (no role of the module, a centre outside their territory or of another kind).
     */
    CaseTeam team(String module, long centreId);

    /** Opens the file. A restricted case needs the caller to be its worker or supervisor. */
    CaseFile get(long caseId);

    /**
     * Opens a restricted case the caller does not handle, for a supervisor who writes why (at least
     * {@link #BREAK_GLASS_MIN_REASON} characters). The audit log flags it.
     */
    CaseFile breakTheGlass(long caseId, String reason);

    int BREAK_GLASS_MIN_REASON = 15;

    List<CaseRow> rows(CaseFilter filter, PageRequest page);

    /** Counted once per search, up to {@link #COUNT_LIMIT} + 1 (meaning "more"). */
    long count(CaseFilter filter);

    long COUNT_LIMIT = 100_000;

    /** The caller's supervisor's list: open cases they supervise with an overdue follow-up or referral, or a flag. */
    List<CaseRow> supervision(String module, PageRequest page);

    long supervisionCount(String module);

    /** Whether the caller may open a case of this module at all (has one of its roles). */
    boolean handlesModule(String module);

    /** The module's cases of a person, for the person's page: only if the caller may open them. */
    List<CaseRow> casesOf(String module, long personId);

    /**
     * The cases linked to a case the caller reads by a referral from one to the other (a woman's case and her
     * child's): only those the caller may open; the others are left out without a trace on the page.
     */
    List<LinkedCase> linked(long caseId);

    /**
     * The references of the module's cases among {@code caseIds} that the caller may open, for a module's own
     * lists (a shelter's waiting list); the others are left out.
     */
    Map<Long, String> references(String module, Collection<Long> caseIds);

    /** As {@link #references}, only the cases still open: a module's watch lists. */
    Map<Long, String> openReferences(String module, Collection<Long> caseIds);

    /** The list without names (reference, initials, territory, step, dates), for export roles. Audited first. */
    long export(CaseFilter filter, ExportFormat format, OutputStream out);
}
