package ma.gov.social.jisr.children.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * What the children's services share: ids, the audit entry of a case, and the case's marks in the kernel
 * (its triage is the latest danger; its attention flag the most urgent thing awaited), worked out again from
 * the module's own rows after every change that can move them.
 */
@Dependent
public class ChildStore {
    /** The attention flag of a case whose life project awaits a review after a measure or placement changed. */
    static final String REVIEW_DUE = "LIFE_PROJECT_REVIEW_DUE";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseWork work;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    Sql sql() {
        return new Sql(dataSource);
    }

    long nextId() {
        return sql().number("select nextval(chi_seq)");
    }

    String me() {
        return me.username();
    }

    LocalDateTime now() {
        return LocalDateTime.now();
    }

    /** The case a row of the module's table belongs to (0 if none: the kernel then answers "not found"). */
    long caseOf(String table, long id) {
        return sql().number("select coalesce(max(case_id), 0) from " + table + " where id = ?", id);
    }

    void audit(CaseRef c, AuditAction action, String detail) {
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "case", c.id(), action)
                .inTerritory(c.regionCode(), c.provinceCode()).withDetail(detail));
    }

    /** Sets the case's triage and attention flag from the module's rows. */
    void remark(long caseId) {
        Sql sql = sql();
        String danger = sql.one("select danger from chi_assessment where case_id = ? order by assessed_on desc, id desc"
                + " limit 1", r -> r.string("danger"), caseId).orElse(null);
        boolean emergency = sql.number("select count(*) from chi_identification where case_id = ? and emergency_due"
                + " is not null and emergency_met_at is null", caseId) > 0;
        if (danger == null && emergency) {
            danger = "IMMEDIATE";
        }
        boolean review = sql.number("select count(*) from chi_project where case_id = ? and review_due_on is not null",
                caseId) > 0;
        work.mark(caseId, danger, emergency ? ChildrenCases.EMERGENCY_DUE : review ? REVIEW_DUE : null);
    }

    /** A measure or a placement changed: the life project awaits a review from that day. */
    void reviewDue(long caseId, LocalDate on, String why) {
        sql().update("insert into chi_project (case_id, review_due_on, review_due_reason) values (?, ?, ?)"
                + " on duplicate key update review_due_on = coalesce(least(review_due_on, values(review_due_on)),"
                + " values(review_due_on)), review_due_reason = values(review_due_reason)", caseId, on, why);
    }

    /** The emergency is met by the first measure decided while it was awaited. */
    void emergencyMet(long caseId) {
        sql().update("update chi_identification set emergency_met_at = ? where case_id = ? and emergency_due is not null"
                + " and emergency_met_at is null", now(), caseId);
    }
}
