package ma.gov.social.jisr.casework.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;

/**
 * The one door to a case for every service of the kernel: it loads the case, applies {@link CaseAccess}
 * and audits. A refusal is written in a transaction of its own (the refusal rolls the caller's back) and
 * says "not found", so that nobody learns that a case they may not open exists.
 */
@Dependent
public class CaseGate {
    static final String NOT_FOUND = "casework.notFound";

    @PersistenceContext(unitName = "casework")
    private EntityManager em;
    @Inject
    private CurrentUser me;
    @Inject
    private CaseModules modules;
    @Inject
    private AuditLog audit;
    @Inject
    private BrokenGlass brokenGlass;

    CaseAccess.Caller caller() {
        return new CaseAccess.Caller(me.username(), me.scope(), me::hasRole);
    }

    /** The case if the caller may open it (audited as a reading of personal data), else refused. */
    CaseEntity open(long caseId) {
        CaseEntity c = find(caseId);
        CaseAccess.Decision d = decide(c);
        if (d == CaseAccess.Decision.BREAK_GLASS_ONLY && !brokeGlass(caseId)) {
            refused(c, caseId, "restricted; break the glass needed");
            throw new JisrException("casework.breakGlassNeeded");
        }
        if (d == CaseAccess.Decision.REFUSED) {
            refused(c, caseId, "outside the caller's territory, module or restriction");
            throw new JisrException(NOT_FOUND);
        }
        audit.record(entry(c, AuditAction.READ_PERSONAL_DATA).withDetail("case opened"));
        return c;
    }

    /**
     * The case for reading a part of its file (history, services...) once the file was opened: the same
     * check as {@link #open}, without writing another reading to the audit log.
     */
    CaseEntity read(long caseId) {
        CaseEntity c = find(caseId);
        CaseAccess.Decision d = decide(c);
        if (d == CaseAccess.Decision.REFUSED || d == CaseAccess.Decision.BREAK_GLASS_ONLY && !brokeGlass(caseId)) {
            refused(c, caseId, "reading part of a case the caller may not open");
            throw new JisrException(NOT_FOUND);
        }
        return c;
    }

    /** The case for a change: only those who handle it. Locked against a concurrent change by its version. */
    CaseEntity change(long caseId) {
        CaseEntity c = find(caseId);
        if (decide(c) != CaseAccess.Decision.HANDLES) {
            refused(c, caseId, "change by someone who does not handle the case");
            throw new JisrException(c != null && decide(c) == CaseAccess.Decision.READS
                    ? "casework.notHandler" : NOT_FOUND);
        }
        return c;
    }

    CaseEntity change(long caseId, long version) {
        CaseEntity c = change(caseId);
        if (c.getVersion() != version) {
            throw new JisrException("common.changedMeanwhile");
        }
        return c;
    }

    /** Break the glass: a supervising role opens a restricted case it does not handle, writing why. */
    CaseEntity breakTheGlass(long caseId, String reason, int minReason) {
        CaseEntity c = find(caseId);
        CaseAccess.Decision d = decide(c);
        if (d == CaseAccess.Decision.REFUSED) {
            refused(c, caseId, "break the glass refused");
            throw new JisrException(NOT_FOUND);
        }
        if (reason == null || reason.strip().length() < minReason) {
            throw new JisrException("casework.breakGlass.reasonRequired", minReason);
        }
        brokenGlass.broke(caseId);
        audit.record(entry(c, AuditAction.BREAK_GLASS).withDetail("reason: " + reason.strip()));
        audit.record(entry(c, AuditAction.READ_PERSONAL_DATA).withDetail("case opened by breaking the glass"));
        return c;
    }

    private boolean brokeGlass(long caseId) {
        try {
            return brokenGlass.broken(caseId);
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return false; // no session (a job, a timer): nobody broke any glass
        }
    }

    CaseAccess.Decision decide(CaseEntity c) {
        return c == null ? CaseAccess.Decision.REFUSED
                : CaseAccess.decide(modules.get(c.getModule()), caller(), c.facts());
    }

    CaseModule module(CaseEntity c) {
        return modules.get(c.getModule());
    }

    AuditEntry entry(CaseEntity c, AuditAction action) {
        return AuditEntry.of(c.getModule(), "case", c.getId(), action).inTerritory(c.getRegionCode(),
                c.getProvinceCode());
    }

    /** Writes a refusal that outlives the refused call. */
    void refused(CaseEntity c, Object recordId, String why) {
        AuditEntry e = c == null ? AuditEntry.of("casework", "case", recordId, AuditAction.ACCESS_REFUSED)
                : entry(c, AuditAction.ACCESS_REFUSED);
        audit.recordNow(e.withDetail(why));
    }

    private CaseEntity find(long caseId) {
        return em.find(CaseEntity.class, caseId);
    }
}
