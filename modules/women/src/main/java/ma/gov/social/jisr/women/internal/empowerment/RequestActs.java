package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.Decision;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;

/**
 * A request's review and financing. Each act reads the request locked and checks the version the user saw,
 * so a decision taken in another tab meanwhile is never overwritten.
 */
@ApplicationScoped
public class RequestActs {
    static final Set<String> ADVISERS = Set.of(Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR);

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private EmpScope scope;
    @Inject
    private Requests requests;
    @Inject
    private StaffDirectory staff;

    void decide(long id, long version, Decision d) {
        Requests.State s = current(id, version);
        EmpowermentRules.decision(s.stage(), d);
        String adviser = d.adviser() == null || d.adviser().isBlank() ? s.adviser() : adviser(d.adviser(), s);
        String reason = d.outcome() == RequestStage.REJECTED ? EmpowermentRules.text(d.reason(), 500, null) : null;
        new Sql(dataSource).update("update wom_emp_request set stage = ?, decided_on = ?, decided_by = ?, reason = ?,"
                + " adviser = ?, version = version + 1 where id = ?", d.outcome(), LocalDate.now(), scope.username(),
                reason, adviser, id);
        scope.changed(Requests.RECORD, id, AuditAction.UPDATE, s.regionCode(), s.provinceCode(),
                s.stage() + " -> " + d.outcome());
    }

    void finance(long id, long version, Programme programme, Dirhams amount, LocalDate on) {
        Requests.State s = current(id, version);
        if (programme == null) {
            throw new JisrException("emp.finance.programme");
        }
        EmpowermentRules.financing(s.stage(), amount, s.amountAsked());
        EmpowermentRules.past(on, LocalDate.now(), "emp.finance.dateRequired");
        if (s.decidedOn() != null && on.isBefore(s.decidedOn())) {
            throw new JisrException("emp.finance.beforeDecision", s.decidedOn());
        }
        new Sql(dataSource).update("update wom_emp_request set stage = 'FINANCED', programme = ?, financed_amount = ?,"
                + " financed_on = ?, version = version + 1 where id = ?", programme, amount, on, id);
        scope.changed(Requests.RECORD, id, AuditAction.UPDATE, s.regionCode(), s.provinceCode(),
                "financed " + programme + " " + amount);
    }

    /** An adviser: an enabled women's case worker or coordinator whose territory covers the request's. */
    String adviser(String username, Requests.State s) {
        StaffMember m = staff.member(username.strip()).orElseThrow(() -> new JisrException("emp.adviser.unknown",
                username));
        if (!m.hasAny(ADVISERS) || !m.scope().covers(s.regionCode(), s.provinceCode())) {
            throw new JisrException("emp.adviser.notHere", m.fullName());
        }
        return m.username();
    }

    private Requests.State current(long id, long version) {
        Requests.State s = requests.state(id, true);
        if (s.version() != version) {
            throw new JisrException("emp.stale");
        }
        return s;
    }
}
