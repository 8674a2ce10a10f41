package ma.gov.social.jisr.it;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Funding records written straight into the shared database, so that a test starts at the stage it is
 * about (a closed call with its panel, an active agreement with a paid tranche) rather than clicking
 * through every step before it. Names and references are the test's own: the database is shared.
 */
final class FundingFixtures {
    private FundingFixtures() {
    }

    static long association(String registration, String name, String province, String region, String rib)
            throws SQLException {
        ItAccounts.execute("insert into jisr.fun_association (registration_no, name_ar, name_fr, region_code,"
                + " province_code, registered_on, domains, status, rib, rib_since, created_at, created_by, updated_at,"
                + " updated_by) values (?, ?, ?, ?, ?, '2012-06-01', 'FAMILY_SPACE', 'ACTIVE', ?, ?, ?, 'it', ?, 'it')",
                registration, "جمعية " + name, name, region, province, rib, rib == null ? null : LocalDateTime.now(),
                LocalDateTime.now(), LocalDateTime.now());
        return ItDatabase.number("select id from jisr.fun_association where registration_no = '" + registration + "'");
    }

    /** A call with a grid of two criteria (60 and 40) and the given panel, at the given status. */
    static long call(String reference, String status, String evaluators) throws SQLException {
        ItAccounts.execute("insert into jisr.fun_call (reference, title_ar, title_fr, domains, provinces, opens_at,"
                + " closes_at, envelope, ceiling, min_years, pass_mark, tie_rule, province_spread, required_docs,"
                + " evaluators, status, created_at, created_by, updated_at, updated_by) values (?, ?, ?, 'FAMILY_SPACE',"
                + " '', '2026-03-01 09:00:00', '2026-04-30 16:30:00', 5000000.00, 500000.00, 2, 60, 'EARLIER_RECEIVED',"
                + " false, '', ?, ?, ?, 'it', ?, 'it')", reference, "طلب " + reference, "Appel " + reference, evaluators,
                status, LocalDateTime.now(), LocalDateTime.now());
        long id = ItDatabase.number("select id from jisr.fun_call where reference = '" + reference + "'");
        ItAccounts.execute("insert into jisr.fun_criterion (call_id, position, label_ar, label_fr, weight) values"
                + " (?, 1, 'الملاءمة', 'Pertinence', 60), (?, 2, 'الميزانية', 'Budget', 40)", id, id);
        return id;
    }

    static long project(long call, long association, String reference, String title, String province, String region,
                        String status) throws SQLException {
        ItAccounts.execute("insert into jisr.fun_project (call_id, association_id, reference, title, domain, region_code,"
                + " province_code, components, duration_months, received_at, total_budget, own_contribution,"
                + " amount_requested, status, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?,"
                + " 'FAMILY_SPACE', ?, ?, 'FAMILY_SPACE', 24, '2026-04-02 10:00:00', 220000.00, 20000.00, 200000.00, ?,"
                + " ?, 'it', ?, 'it')", call, association, reference, title, region, province, status,
                LocalDateTime.now(), LocalDateTime.now());
        long id = ItDatabase.number("select id from jisr.fun_project where reference = '" + reference + "'");
        ItAccounts.execute("insert into jisr.fun_budget_line (project_id, position, label, total, own_contribution)"
                + " values (?, 1, 'Équipement', 120000.00, 20000.00), (?, 2, 'Encadrement', 100000.00, 0.00)", id, id);
        return id;
    }

    /** An active agreement of 200,000.00 (60 % then 40 %) whose first tranche is paid. */
    static long activeAgreement(long project, String reference, String rib) throws SQLException {
        LocalDate signed = LocalDate.now().minusMonths(8);
        long id = agreement(project, reference, rib, signed);
        ItAccounts.execute("insert into jisr.fun_tranche (agreement_id, number, amount, due_when, payment, claimed_by,"
                + " claimed_at, paid_on, payment_ref) values (?, 1, 120000.00, 'ON_SIGNATURE', 'PAID', 'it-run', ?, ?, ?),"
                + " (?, 2, 80000.00, 'AFTER_REPORT', 'UNPAID', null, null, null, null)", id, LocalDateTime.now(),
                signed.plusDays(20), "OV-IT-" + reference, id);
        return id;
    }

    /** An agreement of 200,000.00 signed a week ago, nothing paid yet: its first tranche (120,000.00) is due. */
    static long signedAgreement(long project, String reference, String rib) throws SQLException {
        long id = agreement(project, reference, rib, LocalDate.now().minusDays(7));
        ItAccounts.execute("insert into jisr.fun_tranche (agreement_id, number, amount, due_when) values"
                + " (?, 1, 120000.00, 'ON_SIGNATURE'), (?, 2, 80000.00, 'AFTER_REPORT')", id, id);
        return id;
    }

    /** An active agreement of 200,000.00 (60 % then 40 %) signed on {@code signed}, without its tranches. */
    private static long agreement(long project, String reference, String rib, LocalDate signed) throws SQLException {
        ItAccounts.execute("insert into jisr.fun_agreement (project_id, reference, amount_granted, schedule, conditions,"
                + " starts_on, ends_on, ministry_signatory, association_signatory, status, signed_on, rib, created_at,"
                + " created_by, updated_at, updated_by) values (?, ?, 200000.00, '60|40', 'Rapport avant la seconde"
                + " tranche', ?, ?, 'Directeur', 'Présidente', 'ACTIVE', ?, ?, ?, 'it', ?, 'it')", project, reference,
                signed, signed.plusYears(2), signed, rib, LocalDateTime.now(), LocalDateTime.now());
        return ItDatabase.number("select id from jisr.fun_agreement where reference = '" + reference + "'");
    }

    static long tranche(long agreement, int number) throws SQLException {
        return ItDatabase.number("select id from jisr.fun_tranche where agreement_id = " + agreement + " and number = "
                + number);
    }

    /** A report on a tranche, entered by {@code by}, waiting for review. */
    static long submittedReport(long tranche, String by) throws SQLException {
        ItAccounts.execute("insert into jisr.fun_report (tranche_id, narrative, received_on, status, created_at,"
                + " created_by, updated_at, updated_by) values (?, 'Activités réalisées', ?, 'SUBMITTED', ?, ?, ?, ?)",
                tranche, LocalDate.now().minusDays(3), LocalDateTime.now(), by, LocalDateTime.now(), by);
        long id = ItDatabase.number("select id from jisr.fun_report where tranche_id = " + tranche);
        ItAccounts.execute("insert into jisr.fun_expense (report_id, line_position, description, amount, spent_on)"
                + " values (?, 1, 'Mobilier', 70000.00, ?), (?, 2, 'Salaires', 50000.00, ?)", id,
                LocalDate.now().minusMonths(2), id, LocalDate.now().minusMonths(1));
        return id;
    }
}
