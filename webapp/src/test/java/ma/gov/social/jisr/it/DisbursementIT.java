package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Disbursement runs through the deployed WAR: four eyes (whoever prepares a run cannot approve it, another
 * finance officer can, both audited), a value date the bank cannot execute refused, and the runs closed to
 * other staff.
 */
class DisbursementIT extends DeployedJisr {
    private static final String RUNS = "funding/runs.xhtml";

    private static String fr(String key) {
        return ScreenWords.message("funding", "fr", key);
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
        long run = Long.parseLong(prepared.replaceAll("(?s).*run\\.xhtml\\?id=(\\d+).*", "$1"));
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
    void runsAreClosedToOtherStaff() throws Exception {
        assertEquals(403, as("partenariat").get(RUNS).statusCode(), "partnership officers do not pay");
        assertEquals(403, as("agent.rabat").get(RUNS).statusCode());
    }
}
