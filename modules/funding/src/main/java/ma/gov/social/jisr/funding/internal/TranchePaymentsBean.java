package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.PayableTranche;
import ma.gov.social.jisr.funding.api.Tranche;
import ma.gov.social.jisr.funding.api.TranchePayments;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * The disbursement batch's door into funding. A claim is a conditional update that only an UNPAID, payable
 * tranche passes, so two runs (or two servers) can never both hold a tranche; a paid tranche keeps the
 * bank's reference, unique across all tranches.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER})
public class TranchePaymentsBean implements TranchePayments {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private AuditLog audit;

    @Override
    public List<PayableTranche> payable(long afterId, int limit) {
        int wanted = Math.max(1, Math.min(limit, 5000));
        Sql sql = new Sql(dataSource);
        List<PayableTranche> payable = new ArrayList<>();
        long after = afterId;
        // the rule drops blocked candidates (most unpaid tranches wait on a report): read on until the page is
        // full or no candidate is left, so that an empty answer always means "nothing more to pay"
        while (payable.size() < wanted) {
            // each candidate with what the batch needs, read in the same row; null when the rule blocks it
            List<Candidate> candidates = sql.list(AgreementReader.TRANCHES + " where t.payment = 'UNPAID'"
                    + " and g.status = 'ACTIVE' and t.id > ? order by t.id limit ?", r -> {
                        Tranche t = AgreementReader.tranche(r);
                        return new Candidate(t.id(), t.payable() ? new PayableTranche(t.id(), t.number(),
                                r.number("agreement_id"), r.string("agreement_reference"), r.number("association_id"),
                                r.string("name_fr"), new Rib(r.string("rib")), t.amount()) : null);
                    }, after, wanted);
            if (candidates.isEmpty()) {
                break;
            }
            candidates.stream().map(Candidate::payable).filter(java.util.Objects::nonNull)
                    .limit(wanted - payable.size()).forEach(payable::add);
            after = candidates.get(candidates.size() - 1).id();
        }
        return payable;
    }

    private record Candidate(long id, PayableTranche payable) {
    }

    @Override
    public boolean claim(long trancheId, String run) {
        Sql sql = new Sql(dataSource);
        Tranche t = sql.one(AgreementReader.TRANCHES + " where t.id = ? for update", AgreementReader::tranche,
                trancheId).orElseThrow(() -> new JisrException("funding.agreement.notFound"));
        if (!t.payable()) {
            return false;
        }
        boolean claimed = sql.update("update fun_tranche set payment = 'CLAIMED', claimed_by = ?, claimed_at = ?,"
                + " version = version + 1 where id = ? and payment = 'UNPAID'", run, LocalDateTime.now(), trancheId) == 1;
        if (claimed) {
            audit.record(entry(trancheId).withDetail("claimed by run " + run + " for " + t.amount()));
        }
        return claimed;
    }

    @Override
    public void paid(long trancheId, String run, LocalDate paidOn, String paymentRef) {
        int changed = new Sql(dataSource).update("update fun_tranche set payment = 'PAID', paid_on = ?,"
                + " payment_ref = ?, version = version + 1 where id = ? and payment = 'CLAIMED' and claimed_by = ?",
                paidOn, paymentRef, trancheId, run);
        if (changed == 0) {
            throw new JisrException("funding.tranche.notClaimedByRun");
        }
        audit.record(entry(trancheId).withDetail("paid on " + paidOn + ", " + paymentRef + " (run " + run + ")"));
    }

    @Override
    public void release(long trancheId, String run) {
        int changed = new Sql(dataSource).update("update fun_tranche set payment = 'UNPAID', claimed_by = null,"
                + " claimed_at = null, version = version + 1 where id = ? and payment = 'CLAIMED' and claimed_by = ?",
                trancheId, run);
        if (changed == 1) {
            audit.record(entry(trancheId).withDetail("released by run " + run));
        }
    }

    private static AuditEntry entry(long trancheId) {
        return AuditEntry.of(AssociationBean.MODULE, "tranche", trancheId, AuditAction.UPDATE);
    }
}
