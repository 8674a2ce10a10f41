package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The steps of a disbursement run as the finance officers take them on their screens, for the tests of runs. */
abstract class DisbursementSteps extends DeployedJisr {
    static final String RUNS = "funding/runs.xhtml";
    static final String RIB = "011780000012345678901296";

    static String fr(String key) {
        return FundingBrowser.fr(key);
    }

    /** The run a preparation led to: its page's id in the ajax redirect. */
    static long preparedRun(String answer) {
        return Long.parseLong(answer.replaceAll("(?s).*run\\.xhtml\\?id=(\\d+).*", "$1"));
    }

    /** Today in Morocco, or the next Monday on a weekend: a day the bank executes transfers. */
    static LocalDate workingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    static Map<String, String> prepare(LocalDate valueDate) {
        return FacesClient.press("runs:prepare", "runs:prepareForm", "runs", "runs:valueDate_input",
                valueDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** Logs a member of staff in, on whichever server the test talks to. */
    interface Officers {
        FacesClient as(String username) throws Exception;
    }

    /** A run limited to one call, prepared by "finance" and approved by "finance.deux" on their screens. */
    long approvedRun(long call) throws Exception {
        return approvedRun(this::as, call);
    }

    static long approvedRun(Officers officers, long call) throws Exception {
        FacesClient preparer = officers.as("finance");
        Map<String, String> fields = new HashMap<>(prepare(workingDay()));
        fields.put("runs:call_input", Long.toString(call));
        fields.put("jakarta.faces.partial.execute", "runs:prepare runs:prepareForm");
        String prepared = preparer.ajax(RUNS, preparer.get(RUNS).body(), "runs", fields).body();
        long run = preparedRun(prepared);
        FacesClient approver = officers.as("finance.deux");
        String path = "funding/run.xhtml?id=" + run;
        approver.ajax(path, approver.get(path).body(), "run", FacesClient.press("run:approve", "", "run"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_run where id = " + run + " and call_id = "
                + call + " and status = 'APPROVED'"));
        return run;
    }

    /**
     * The first tranche, due, of a selected project of {@code association} in {@code call} whose agreement
     * ("CV-" and the project's reference) was signed a week ago.
     */
    static long dueTranche(long call, long association, String project, String title, String province,
                           String region) throws Exception {
        return FundingFixtures.tranche(FundingFixtures.signedAgreement(FundingFixtures.project(call, association,
                project, title, province, region, "SELECTED"), "CV-" + project, RIB), 1);
    }

    /** Starts the run from its page and waits until it reaches {@code status}; returns its reference. */
    String runTo(long run, String status) throws Exception {
        FacesClient officer = as("finance");
        String path = "funding/run.xhtml?id=" + run;
        String started = officer.ajax(path, officer.get(path).body(), "run", FacesClient.press("run:start", "", "run"))
                .body();
        assertTrue(started.contains(fr("run.startedDone")), started);
        for (int i = 0; i < 120 && ItDatabase.number("select count(*) from jisr.fun_run where id = " + run
                + " and status in ('COMPLETED', 'FAILED')") == 0; i++) {
            Thread.sleep(500);
        }
        assertEquals(List.of(status), ItDatabase.column("select status from jisr.fun_run where id = " + run));
        return ItDatabase.column("select reference from jisr.fun_run where id = " + run).get(0);
    }

}
