package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.internal.iso.Pain001Files;
import org.junit.jupiter.api.Test;

/**
 * Disbursement runs through the deployed WAR: four eyes (whoever prepares a run cannot approve it, another
 * finance officer can, both audited), a value date the bank cannot execute refused, and the runs closed to
 * other staff.
 */
class DisbursementIT extends DisbursementSteps {
    @Test
    void whoPreparesARunCannotApproveItAndASecondFinanceOfficerCan() throws Exception {
        ItAccounts.copyOf("finance", "finance.deux");
        ItDatabase.language("finance", "fr");
        ItDatabase.language("finance.deux", "fr");
        FacesClient preparer = as("finance");
        long before = ItDatabase.number("select count(*) from jisr.fun_run");

        String page = preparer.get(RUNS).body();
        String past = preparer.ajax(RUNS, page, "runs", prepare(workingDay().minusDays(7))).body();
        assertTrue(past.contains(fr("funding.run.valueDateInPast")), past);
        assertEquals(before, ItDatabase.number("select count(*) from jisr.fun_run"), "nothing half-saved");

        String prepared = preparer.ajax(RUNS, page, "runs", prepare(workingDay())).body();
        assertTrue(prepared.contains("run.xhtml?id="), "on to the run's page: " + prepared);
        long run = preparedRun(prepared);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_run where id = " + run
                + " and status = 'PREPARED' and prepared_by = 'finance'"));

        String path = "funding/run.xhtml?id=" + run;
        String own = preparer.get(path).body();
        assertTrue(own.contains(fr("funding.run.ownApproval")) && !own.contains("id=\"run:approve\""), own);

        FacesClient second = as("finance.deux");
        String toApprove = second.get(path).body();
        assertTrue(toApprove.contains("id=\"run:approve\""), "another finance officer may approve");
        String approved = second.ajax(path, toApprove, "run", FacesClient.press("run:approve", "", "run")).body();
        assertTrue(approved.contains(fr("run.approvedDone")), approved);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_run where id = " + run
                + " and status = 'APPROVED' and approved_by = 'finance.deux'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where record_type = 'run'"
                + " and record_id = '" + run + "' and username = 'finance' and detail like 'prepared%'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where record_type = 'run'"
                + " and record_id = '" + run + "' and username = 'finance.deux' and detail like 'approved%'"));
        assertFalse(second.get(path).body().contains("id=\"run:approve\""), "approved once");
    }

    @Test
    void aRunOrdersEachDueTrancheOnceSetsAsideASuspendedAssociationAndASecondRunNeverRepays() throws Exception {
        ItAccounts.copyOf("finance", "finance.deux");
        ItDatabase.language("finance", "fr");
        long call = FundingFixtures.call("AAP-IT-DEC", "DECIDED", "partenariat");
        long paid = FundingFixtures.association("AS-IT-DEC1", "Association Wafa IT", "MA-RAB", "MA-04", RIB);
        long suspended = FundingFixtures.association("AS-IT-DEC2", "Association Badr IT", "MA-CAS", "MA-06", RIB);
        long first = dueTranche(call, paid, "AAP-IT-DEC-0001", "Espace Wafa", "MA-RAB", "MA-04");
        long blocked = dueTranche(call, suspended, "AAP-IT-DEC-0002", "Espace Badr", "MA-CAS", "MA-06");

        long run = approvedRun(call);
        // suspended after the run was prepared and approved: the run, judging when it runs, does not pay it
        ItAccounts.execute("update jisr.fun_association set status = 'SUSPENDED' where id = ?", suspended);
        String reference = runTo(run, "COMPLETED");

        assertEquals(List.of(first + " JISR-T" + first + "-1 120000.00"), ItDatabase.column("select concat(tranche_id,"
                + " ' ', end_to_end_id, ' ', amount) from jisr.fun_payment_order where run_id = " + run));
        assertEquals(List.of(blocked + " ASSOCIATION_SUSPENDED"), ItDatabase.column("select concat(tranche_id, ' ',"
                + " reasons) from jisr.fun_run_refusal where run_id = " + run));
        assertEquals(List.of("CLAIMED " + reference), ItDatabase.column("select concat(payment, ' ', claimed_by) from"
                + " jisr.fun_tranche where id = " + first));
        Path file = Path.of(System.getProperty("jisr.it.disbursements"), reference + ".xml");
        try (InputStream in = Files.newInputStream(file)) {
            Pain001Files.validate(in);
        }
        String xml = Files.readString(file);
        assertTrue(xml.contains("<EndToEndId>JISR-T" + first + "-1</EndToEndId>") && xml.contains(
                "<CtrlSum>120000.00</CtrlSum>") && xml.contains("<NbOfTxs>1</NbOfTxs>"), xml);
        assertEquals(ItDatabase.column("select file_sha256 from jisr.fun_run where id = " + run).get(0),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));

        long second = approvedRun(call);
        runTo(second, "COMPLETED");
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_payment_order where run_id = " + second));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_run where id = " + second
                + " and file_sha256 is null"), "nothing to pay, no file");
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_payment_order where tranche_id = " + first),
                "paid once, ever");
        assertEquals(List.of(first + " BEING_PAID"), ItDatabase.column("select concat(tranche_id, ' ', reasons) from"
                + " jisr.fun_run_refusal where run_id = " + second + " and tranche_id = " + first));
    }

    @Test
    void aRunIsDownloadedReleasedAndReconciledWithTheBanksReturn() throws Exception {
        ItAccounts.copyOf("finance", "finance.deux");
        ItDatabase.language("finance", "fr");
        long call = FundingFixtures.call("AAP-IT-REC", "DECIDED", "partenariat");
        long amal = FundingFixtures.association("AS-IT-REC1", "Association Amal IT", "MA-RAB", "MA-04", RIB);
        long nour = FundingFixtures.association("AS-IT-REC2", "Association Nour IT", "MA-CAS", "MA-06", RIB);
        long executed = dueTranche(call, amal, "AAP-IT-REC-0001", "Espace Amal", "MA-RAB", "MA-04");
        long rejected = dueTranche(call, nour, "AAP-IT-REC-0002", "Espace Nour", "MA-CAS", "MA-06");
        long run = approvedRun(call);
        String reference = runTo(run, "COMPLETED");
        FacesClient officer = as("finance");
        String path = "funding/run.xhtml?id=" + run;
        Path file = Path.of(System.getProperty("jisr.it.disbursements"), reference + ".xml");
        String written = Files.readString(file);

        Files.delete(file); // another server's disk, a cleaned temporary folder: written again from the orders
        assertEquals(written, officer.submit(path, officer.get(path).body(), "run", Map.of(), "downloadFile").body());
        Files.writeString(file, written.replace("120000.00", "920000.00"));
        String tampered = officer.submit(path, officer.get(path).body(), "run", Map.of(), "downloadFile").body();
        assertTrue(tampered.contains(reference + " ne correspond plus"), "a changed file never leaves: " + tampered);
        Files.delete(file);
        assertTrue(start(officer.submitStreaming(path, officer.get(path).body(), "run", Map.of(), "summaryPdf"))
                .startsWith("%PDF"));
        assertTrue(start(officer.submitStreaming(path, officer.get(path).body(), "run", Map.of(), "summaryXlsx"))
                .startsWith("PK"));
        assertEquals(3, ItDatabase.number("select count(*) from jisr.plt_audit_event where record_type = 'run' and"
                + " record_id = '" + run + "' and action = 'EXPORT'"), "the file (not the changed one), the PDF, the sheet");
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where record_type = 'run' and"
                + " record_id = '" + run + "' and action = 'ACCESS_REFUSED' and detail like '%digest%'"));

        String released = officer.ajax(path, officer.get(path).body(), "run", FacesClient.press("run:release", "", "run"))
                .body();
        assertTrue(released.contains(fr("run.releasedDone")), released);
        assertEquals(List.of("PAID JISR-T" + executed + "-1", "PAID JISR-T" + rejected + "-1"), ItDatabase.column(
                "select concat(payment, ' ', payment_ref) from jisr.fun_tranche where id in (" + executed + ", "
                + rejected + ") and paid_on = '" + workingDay() + "' order by id"));

        String camt = BankFiles.camt054(BankFiles.entry("120000.00", false, "JISR-T" + executed + "-1", "")
                + BankFiles.entry("120000.00", true, "JISR-T" + rejected + "-1",
                        "<RtrInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Compte clos</AddtlInf></RtrInf>")
                + BankFiles.entry("5000.00", false, "JISR-T999999999-1", ""));
        assertEquals("HELD", BankFiles.imported(officer, "retour-" + reference + ".xml", camt));
        assertEquals(List.of("EXECUTED", "REJECTED AC04 Compte clos"), ItDatabase.column("select concat_ws(' ',"
                + " status, bank_reason_code, bank_reason) from jisr.fun_payment_order where run_id = " + run
                + " order by tranche_id"));
        assertEquals(List.of("PAID", "UNPAID AC04 Compte clos"), ItDatabase.column("select concat_ws(' ', payment,"
                + " returned_reason) from jisr.fun_tranche where id in (" + executed + ", " + rejected + ") order by id"));
        String importId = ImportFixtures.text("select id from jisr.plt_import where file_name = ?",
                "retour-" + reference + ".xml");
        String listed = officer.get("funding/bankReturn.xhtml?import=" + importId).body();
        assertTrue(listed.contains("JISR-T999999999-1") && listed.contains(fr("bank.matched.UNKNOWN"))
                && !listed.contains("JISR-T" + executed + "-1"), "only the unknown line is listed: " + listed);

        // the same answer again, as the bank's CSV: nothing changes twice, and the line says so
        assertEquals("HELD", BankFiles.imported(officer, "retour-" + reference + ".csv",
                "end_to_end_id,amount,status\nJISR-T" + executed + "-1,120000.00,EXECUTED\n"));
        assertEquals(List.of("ALREADY"), ItDatabase.column("select matched from jisr.fun_bank_line where import_tag ="
                + " (select id from jisr.plt_import where file_name = 'retour-" + reference + ".csv')"));

        long next = approvedRun(call);
        runTo(next, "COMPLETED");
        assertEquals(List.of("JISR-T" + rejected + "-2"), ItDatabase.column("select end_to_end_id from"
                + " jisr.fun_payment_order where run_id = " + next), "the rejected tranche, due again, is ordered again");
    }

    private static String start(HttpResponse<InputStream> download) throws Exception {
        try (InputStream in = download.body()) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void runsAreClosedToOtherStaff() throws Exception {
        assertEquals(403, as("partenariat").get(RUNS).statusCode(), "partnership officers do not pay");
        assertEquals(403, as("agent.rabat").get(RUNS).statusCode());
    }
}
