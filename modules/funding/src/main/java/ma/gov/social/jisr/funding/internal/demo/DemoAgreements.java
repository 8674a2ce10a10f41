package ma.gov.social.jisr.funding.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The 2023 agreements at every stage as of the demo's day: most completed, some waiting for a report's
 * review, some returned for correction, some with a second tranche due and payable (for the disbursement
 * batch), some not yet reported, two unsigned and three terminated with money to recover.
 */
final class DemoAgreements {
    enum Stage { COMPLETED, REPORT_SUBMITTED, REPORT_RETURNED, PAYABLE, NO_REPORT, DRAFT, TERMINATED }

    private static final byte[] RECEIPT = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final Sql sql;
    private final Random random;
    private final List<Object[]> agreements = new ArrayList<>();
    private final List<Object[]> tranches = new ArrayList<>();
    private final List<Object[]> reports = new ArrayList<>();
    private final List<Object[]> expenses = new ArrayList<>();
    private final List<Object[]> receipts = new ArrayList<>();
    private final List<Object[]> claims = new ArrayList<>();
    private final List<Object[]> claimReceipts = new ArrayList<>();
    private final LongSupplier trancheIds;
    private final LongSupplier reportIds;
    private final LongSupplier documentIds;

    DemoAgreements(Sql sql, Random random) {
        this.sql = sql;
        this.random = random;
        this.trancheIds = sql.ids("fun_tranche_seq", 50);
        this.reportIds = sql.ids("fun_report_seq", 50);
        this.documentIds = sql.ids("fun_document_seq", 50);
    }

    String write(List<CallsDemo.Written> selected) {
        List<Stage> stages = new ArrayList<>();
        int[] counts = {85, 15, 6, 6, 3, 2, 3};
        for (Stage s : Stage.values()) {
            stages.addAll(Collections.nCopies(counts[s.ordinal()], s));
        }
        Collections.shuffle(stages, random);
        Map<Long, String> ribs = new HashMap<>();
        sql.list("select id, rib from fun_association where rib is not null", r -> ribs.put(r.number("id"),
                r.string("rib")));
        LongSupplier ids = sql.ids("fun_agreement_seq", 50);
        LongSupplier claimIds = sql.ids("fun_claim_seq", 50);
        for (int i = 0; i < selected.size(); i++) {
            CallsDemo.Written w = selected.get(i);
            Stage stage = stages.get(i);
            long id = ids.getAsLong();
            LocalDate signed = LocalDate.of(2023, 7, 3).plusDays(random.nextInt(60));
            Dirhams granted = w.drawn().amount();
            String status = switch (stage) {
                case COMPLETED -> "COMPLETED";
                case DRAFT -> "DRAFT";
                case TERMINATED -> "TERMINATED";
                default -> "ACTIVE";
            };
            boolean isDraft = stage == Stage.DRAFT;
            agreements.add(new Object[] {id, w.id(), "CONV-" + w.reference(), granted.amount(), "60|40",
                "Rapport d'utilisation de la première tranche avant le versement de la seconde ; compte bancaire"
                    + " dédié au projet ; visibilité du soutien du ministère.", signed, signed.plusMonths(24),
                "Directeur de la famille", "Président(e) de l'association", status, isDraft ? null : signed,
                isDraft ? null : ribs.get(w.association().id()), stage == Stage.TERMINATED ? signed.plusMonths(14)
                    : null, stage == Stage.TERMINATED ? "Rapport non conforme et activités interrompues" : null,
                signed.atTime(10, 0), DemoData.AUTHOR, signed.atTime(10, 0), DemoData.AUTHOR});
            Dirhams first = granted.share(60, 100);
            long t1 = trancheIds.getAsLong();
            long t2 = trancheIds.getAsLong();
            boolean firstPaid = !isDraft;
            tranches.add(tranche(t1, id, 1, first, "ON_SIGNATURE", firstPaid ? signed.plusDays(21) : null));
            tranches.add(tranche(t2, id, 2, granted.minus(first), "AFTER_REPORT", stage == Stage.COMPLETED
                    ? signed.plusMonths(13) : null));
            switch (stage) {
                case COMPLETED -> {
                    report(t1, signed.plusMonths(12), "APPROVED", first, w.id());
                    report(t2, signed.plusMonths(25), "APPROVED", granted.minus(first), w.id());
                }
                case REPORT_SUBMITTED -> report(t1, DemoData.AS_OF.minusDays(random.nextInt(40)), "SUBMITTED", first,
                        w.id());
                case REPORT_RETURNED, TERMINATED -> report(t1, signed.plusMonths(12), "RETURNED", first, w.id());
                case PAYABLE -> report(t1, DemoData.AS_OF.minusDays(60), "APPROVED", first, w.id());
                default -> { }
            }
            if (stage == Stage.TERMINATED) {
                Dirhams claim = first.share(40, 100);
                int k = claims.size();
                Dirhams back = k == 0 ? Dirhams.ZERO : k == 1 ? claim.share(1, 2) : claim;
                LocalDate on = signed.plusMonths(14);
                long claimId = claimIds.getAsLong();
                if (!back.isZero()) {
                    claimReceipts.add(new Object[] {claimId, back.amount(), on.plusDays(45), "VRS-" + claimId,
                        on.plusDays(46).atTime(10, 0), "finance"});
                }
                claims.add(new Object[] {claimId, id, k == 2 ? "UNSPENT" : "MISUSED", claim.amount(),
                    back.amount(), "Reversement des fonds non justifiés", on, on.plusDays(60),
                    back.equals(claim) ? "RECOVERED" : "OPEN", on.atTime(11, 0), DemoData.AUTHOR, on.atTime(11, 0),
                    DemoData.AUTHOR});
            }
        }
        flush();
        return "%d agreements (%s), %d tranches, %d reports, %d claims".formatted(agreements.size(),
                "85 completed, 15 reports to review, 6 returned, 6 second tranches payable, 3 awaiting a report,"
                        + " 2 unsigned, 3 terminated", tranches.size(), reports.size(), claims.size());
    }

    private static Object[] tranche(long id, long agreement, int number, Dirhams amount, String due, LocalDate paid) {
        return new Object[] {id, agreement, number, amount.amount(), due, paid == null ? "UNPAID" : "PAID",
            paid == null ? null : "demo-run-" + paid.getYear(), paid == null ? null : paid.atTime(8, 0), paid,
            paid == null ? null : "OV-%d-%06d".formatted(paid.getYear(), id)};
    }

    private void report(long tranche, LocalDate received, String status, Dirhams amount, long projectId) {
        long id = reportIds.getAsLong();
        boolean reviewed = !"SUBMITTED".equals(status);
        reports.add(new Object[] {id, tranche, "Activités réalisées conformément au programme : accueil des familles,"
            + " ateliers, accompagnement. Bilan joint.", received, status, "RETURNED".equals(status)
            ? "Justificatifs de la ligne équipement manquants" : null, reviewed ? received.plusDays(15).atTime(15, 0)
            : null, reviewed ? "finance" : null, received.atTime(9, 30), "partenariat", received.atTime(9, 30),
            "partenariat"});
        Dirhams given = Dirhams.ZERO;
        for (int line = 1; line <= 4; line++) {
            Dirhams part = line < 4 ? amount.share(25, 100) : amount.minus(given);
            given = given.plus(part);
            expenses.add(new Object[] {id, line, "Dépenses de la ligne " + line, part.amount(), received.minusDays(30)});
        }
        receipts.add(new Object[] {documentIds.getAsLong(), "EXPENSE", id, "RECEIPT", "justificatifs.pdf",
            "application/pdf", RECEIPT.length, ma.gov.social.jisr.platform.api.files.ContentCheck.sha256(RECEIPT),
            RECEIPT, received.atTime(9, 30), "partenariat"});
    }

    private void flush() {
        sql.batch("insert into fun_agreement (id, project_id, reference, amount_granted, schedule, conditions,"
                + " starts_on, ends_on, ministry_signatory, association_signatory, status, signed_on, rib, terminated_on,"
                + " termination_reason, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agreements);
        sql.batch("insert into fun_tranche (id, agreement_id, number, amount, due_when, payment, claimed_by, claimed_at,"
                + " paid_on, payment_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tranches);
        sql.batch("insert into fun_report (id, tranche_id, narrative, received_on, status, review_note, reviewed_at,"
                + " reviewed_by, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
        sql.batch("insert into fun_expense (report_id, line_position, description, amount, spent_on)"
                + " values (?, ?, ?, ?, ?)", expenses);
        sql.batch("insert into fun_document (id, owner_kind, owner_id, kind, file_name, content_type, size_bytes,"
                + " sha256, content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", receipts);
        sql.batch("insert into fun_claim (id, agreement_id, reason, amount, recovered, note, notified_on, due_on,"
                + " status, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims);
        sql.batch("insert into fun_claim_receipt (claim_id, amount, received_on, reference, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?)", claimReceipts);
    }
}
