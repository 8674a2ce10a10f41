package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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
class DisbursementIT extends DeployedJisr {
    private static final String RUNS = "funding/runs.xhtml";
    private static final String RIB = "011780000012345678901296";

    private static String fr(String key) {
        return FundingBrowser.fr(key);
    }

    /** The run a preparation led to: its page's id in the ajax redirect. */
    private static long preparedRun(String answer) {
        return Long.parseLong(answer.replaceAll("(?s).*run\\.xhtml\\?id=(\\d+).*", "$1"));
    }

    /** Today in Morocco, or the next Monday on a weekend: a day the bank executes transfers. */
    private static LocalDate workingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Map<String, String> prepare(LocalDate valueDate) {
        return FundingIT.press("runs:prepare", "runs:prepareForm", "runs", "runs:valueDate_input",
                valueDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

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
        String approved = second.ajax(path, toApprove, "run", FundingIT.press("run:approve", "", "run")).body();
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
        long first = FundingFixtures.tranche(FundingFixtures.signedAgreement(FundingFixtures.project(call, paid,
                "AAP-IT-DEC-0001", "Espace Wafa", "MA-RAB", "MA-04", "SELECTED"), "CV-IT-DEC-1", RIB), 1);
        long blocked = FundingFixtures.tranche(FundingFixtures.signedAgreement(FundingFixtures.project(call, suspended,
                "AAP-IT-DEC-0002", "Espace Badr", "MA-CAS", "MA-06", "SELECTED"), "CV-IT-DEC-2", RIB), 1);

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
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jisr-disbursements", reference + ".xml");
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

    /** A run limited to one call, prepared by "finance" and approved by "finance.deux" on their screens. */
    private long approvedRun(long call) throws Exception {
        FacesClient preparer = as("finance");
        Map<String, String> fields = new HashMap<>(prepare(workingDay()));
        fields.put("runs:call_input", Long.toString(call));
        fields.put("jakarta.faces.partial.execute", "runs:prepare runs:prepareForm");
        String prepared = preparer.ajax(RUNS, preparer.get(RUNS).body(), "runs", fields).body();
        long run = preparedRun(prepared);
        FacesClient approver = as("finance.deux");
        String path = "funding/run.xhtml?id=" + run;
        approver.ajax(path, approver.get(path).body(), "run", FundingIT.press("run:approve", "", "run"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_run where id = " + run + " and call_id = "
                + call + " and status = 'APPROVED'"));
        return run;
    }

    /** Starts the run from its page and waits until it reaches {@code status}; returns its reference. */
    private String runTo(long run, String status) throws Exception {
        FacesClient officer = as("finance");
        String path = "funding/run.xhtml?id=" + run;
        String started = officer.ajax(path, officer.get(path).body(), "run", FundingIT.press("run:start", "", "run"))
                .body();
        assertTrue(started.contains(fr("run.startedDone")), started);
        for (int i = 0; i < 120 && ItDatabase.number("select count(*) from jisr.fun_run where id = " + run
                + " and status in ('COMPLETED', 'FAILED')") == 0; i++) {
            Thread.sleep(500);
        }
        assertEquals(List.of(status), ItDatabase.column("select status from jisr.fun_run where id = " + run));
        return ItDatabase.column("select reference from jisr.fun_run where id = " + run).get(0);
    }

    @Test
    void runsAreClosedToOtherStaff() throws Exception {
        assertEquals(403, as("partenariat").get(RUNS).statusCode(), "partnership officers do not pay");
        assertEquals(403, as("agent.rabat").get(RUNS).statusCode());
    }
}
