package ma.gov.social.jisr.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Due tranches in bulk for the disbursement job's crash test and benchmark: one decided call, then per
 * tranche an association (across every province, in turn), its selected project, an agreement signed a week
 * ago paid into a valid RIB, and its first tranche due on signature, of an amount that varies to the centime.
 * Written by set-based SQL (MariaDB's seq_1_to_n), so that 200,000 tranches take seconds, not an hour.
 */
public final class DisbursementData {
    public static final String RIB = "011780000012345678901296";

    private DisbursementData() {
    }

    /** Writes {@code n} due tranches under {@code tag} (letters and digits); returns the call's id. */
    public static long generate(Connection c, String tag, int n) throws SQLException {
        if (!tag.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("a tag of capitals and digits: " + tag);
        }
        LocalDate signed = LocalDate.now().minusDays(7);
        run(c, "insert into jisr.fun_call (reference, title_ar, title_fr, domains, provinces, opens_at, closes_at,"
                + " envelope, ceiling, min_years, pass_mark, tie_rule, province_spread, required_docs, evaluators,"
                + " status, created_at, created_by, updated_at, updated_by) values (?, ?, ?, 'FAMILY_SPACE', '',"
                + " '2026-03-01 09:00:00', '2026-04-30 16:30:00', 999999999.00, 500000.00, 2, 60, 'EARLIER_RECEIVED',"
                + " false, '', 'partenariat', 'DECIDED', now(), 'bench', now(), 'bench')", "AAP-" + tag,
                "طلب " + tag, "Appel " + tag);
        long call;
        try (var s = c.prepareStatement("select id from jisr.fun_call where reference = ?")) {
            s.setString(1, "AAP-" + tag);
            try (var rs = s.executeQuery()) {
                rs.next();
                call = rs.getLong(1);
            }
        }
        run(c, "insert into jisr.fun_association (registration_no, name_ar, name_fr, region_code, province_code,"
                + " registered_on, domains, status, rib, rib_since, created_at, created_by, updated_at, updated_by)"
                + " select concat(?, '-', s.seq), concat('جمعية ', ?, ' ', s.seq), concat('Association ', ?, ' ', s.seq),"
                + " p.region_code, p.code, '2012-06-01', 'FAMILY_SPACE', 'ACTIVE', ?, now(), now(), 'bench', now(),"
                + " 'bench' from seq_1_to_" + n + " s join (select code, region_code, row_number() over (order by code)"
                + " - 1 rn from jisr.plt_province) p on p.rn = s.seq mod (select count(*) from jisr.plt_province)",
                "AS-" + tag, tag, tag, RIB);
        run(c, "insert into jisr.fun_project (call_id, association_id, reference, title, domain, region_code,"
                + " province_code, components, duration_months, received_at, total_budget, own_contribution,"
                + " amount_requested, status, created_at, created_by, updated_at, updated_by) select ?, a.id,"
                + " concat('P-', a.registration_no), concat('Projet ', a.registration_no), 'FAMILY_SPACE',"
                + " a.region_code, a.province_code, 'FAMILY_SPACE', 24, '2026-04-02 10:00:00', 220000.00, 20000.00,"
                + " 200000.00, 'SELECTED', now(), 'bench', now(), 'bench' from jisr.fun_association a"
                + " where a.registration_no like ?", call, "AS-" + tag + "-%");
        run(c, "insert into jisr.fun_agreement (project_id, reference, amount_granted, schedule, conditions, starts_on,"
                + " ends_on, ministry_signatory, association_signatory, status, signed_on, rib, created_at, created_by,"
                + " updated_at, updated_by) select p.id, concat('CV-', p.reference), 200000.00, '60|40', 'Rapport', ?,"
                + " ?, 'Directeur', 'Présidente', 'ACTIVE', ?, ?, now(), 'bench', now(), 'bench' from jisr.fun_project p"
                + " where p.call_id = ?", signed, signed.plusYears(2), signed, RIB, call);
        run(c, "insert into jisr.fun_tranche (agreement_id, number, amount, due_when) select g.id, 1,"
                + " 10000 + (g.id mod 90000) + (g.id mod 100) / 100, 'ON_SIGNATURE' from jisr.fun_agreement g"
                + " join jisr.fun_project p on p.id = g.project_id where p.call_id = ?", call);
        return call;
    }

    /**
     * Puts a run and the tranches it claimed back as they were before it first started: for the crash test and
     * the benchmark, which run the same tranches more than once. Nothing in the application does this.
     */
    public static void reset(Connection c, long runId) throws SQLException {
        String reference;
        try (var s = c.prepareStatement("select reference from jisr.fun_run where id = ?")) {
            s.setLong(1, runId);
            try (var rs = s.executeQuery()) {
                rs.next();
                reference = rs.getString(1);
            }
        }
        run(c, "delete from jisr.fun_payment_order where run_id = ?", runId);
        run(c, "delete from jisr.fun_run_refusal where run_id = ?", runId);
        run(c, "delete from jisr.fun_run_due where run_id = ?", runId);
        run(c, "delete from jisr.fun_run_part where run_id = ?", runId);
        run(c, "update jisr.fun_tranche set payment = 'UNPAID', claimed_by = null, claimed_at = null"
                + " where claimed_by = ?", reference);
        run(c, "update jisr.fun_run set status = 'APPROVED', execution_id = null, tranches_due = 0, file_sha256 = null,"
                + " file_bytes = null, file_written_at = null, version = version + 1 where id = ?", runId);
        run(c, "delete from jisr.plt_job_lease where lease_key = ?", "funding-run-" + runId);
    }

    /** The run's counts as its page shows them: read, ordered, refused, total (the sums of its ranges'). */
    public static String counts(String runId) {
        return "(select concat_ws(' ', coalesce(sum(tranches_read), 0), coalesce(sum(tranches_ordered), 0),"
                + " coalesce(sum(tranches_refused), 0), coalesce(sum(total), 0)) from jisr.fun_run_part where run_id = "
                + runId + ")";
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
