package ma.gov.social.jisr.funding.internal;

import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.funding.api.AgreementData;
import ma.gov.social.jisr.funding.api.AgreementDetails;
import ma.gov.social.jisr.funding.api.AgreementStatus;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.Claim;
import ma.gov.social.jisr.funding.api.Tranche;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Rib;

/**
 * An agreement with its tranches, each with the facts of {@link Payability} read in the same query as the
 * tranche: the screens and the disbursement batch see the same answer.
 */
final class AgreementReader {
    /** A tranche's row with everything its payability depends on. */
    static final String TRANCHES = "select t.id, t.agreement_id, t.number, t.amount, t.due_when, t.payment, t.paid_on,"
            + " t.payment_ref, g.status agreement_status, g.reference agreement_reference, a.id association_id,"
            + " a.name_fr, a.status association_status, a.rib, exists (select 1 from fun_rib_change c"
            + " where c.association_id = a.id and c.status = 'PENDING') rib_pending,"
            + " r.id report_id, r.status report_status, pt.payment previous_payment, pr.status previous_report,"
            + " t.claimed_by, p.region_code, p.province_code, p.call_id, p.domain"
            + " from fun_tranche t join fun_agreement g on g.id = t.agreement_id"
            + " join fun_project p on p.id = g.project_id join fun_association a on a.id = p.association_id"
            + " left join fun_report r on r.tranche_id = t.id"
            + " left join fun_tranche pt on pt.agreement_id = t.agreement_id and pt.number = t.number - 1"
            + " left join fun_report pr on pr.tranche_id = pt.id";

    private final Sql sql;
    private final String nameColumn;

    /** {@code nameColumn}: the association's name column, {@link FundingGate#nameColumn}. */
    AgreementReader(Sql sql, String nameColumn) {
        this.sql = sql;
        this.nameColumn = nameColumn;
    }

    static Tranche tranche(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        boolean onSignature = "ON_SIGNATURE".equals(r.string("due_when"));
        Payability.Facts facts = new Payability.Facts(r.string("payment"),
                r.enumValue("agreement_status", AgreementStatus.class),
                r.enumValue("association_status", AssociationStatus.class), r.string("rib") != null,
                r.flag("rib_pending"), onSignature, r.string("previous_payment"), r.string("previous_report"));
        return new Tranche(r.number("id"), r.integer("number"), r.dirhams("amount"), onSignature, r.string("payment"),
                r.date("paid_on"), r.string("payment_ref"), r.nullableNumber("report_id"), r.string("report_status"),
                Payability.blockers(facts));
    }

    List<Tranche> tranches(long agreementId) {
        return sql.list(TRANCHES + " where t.agreement_id = ? order by t.number", AgreementReader::tranche,
                agreementId);
    }

    Optional<AgreementDetails> get(long id) {
        List<Tranche> tranches = tranches(id);
        List<Claim> claims = claims(" and m.agreement_id = ?", id);
        return sql.one("select g.*, p.reference project_reference, p.title, p.association_id, p.province_code,"
                + " p.amount_requested, " + nameColumn + " association_name from fun_agreement g"
                + " join fun_project p on p.id = g.project_id"
                + " join fun_association a on a.id = p.association_id where g.id = ?", r -> new AgreementDetails(id,
                r.number("version"), r.string("reference"), r.number("project_id"), r.string("project_reference"),
                r.string("title"), r.number("association_id"), r.string("association_name"), r.string("province_code"),
                r.dirhams("amount_requested"), new AgreementData(r.dirhams("amount_granted"),
                java.util.Arrays.stream(r.string("schedule").split("\\|")).map(Integer::valueOf).toList(), r.string("conditions"), r.date("starts_on"),
                r.date("ends_on"), r.string("ministry_signatory"), r.string("association_signatory")),
                r.enumValue("status", AgreementStatus.class), r.date("signed_on"),
                r.string("rib") == null ? null : new Rib(r.string("rib")).masked(), r.date("terminated_on"),
                r.string("termination_reason"), tranches, claims), id);
    }

    /** Claims, with a condition on the claim alias {@code m} or the project alias {@code p}. */
    List<Claim> claims(String where, Object... params) {
        return sql.list("select m.*, g.reference agreement_reference, " + nameColumn + " association_name"
                + " from fun_claim m"
                + " join fun_agreement g on g.id = m.agreement_id join fun_project p on p.id = g.project_id"
                + " join fun_association a on a.id = p.association_id where 1 = 1" + where + " order by m.id desc",
                r -> new Claim(r.number("id"), r.number("version"), r.number("agreement_id"),
                        r.string("agreement_reference"), r.string("association_name"), r.string("reason"), r.dirhams("amount"),
                        r.dirhams("recovered"), r.string("note"), r.date("notified_on"), r.date("due_on"),
                        r.string("status")), params);
    }
}
