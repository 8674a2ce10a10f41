package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The centre-upgrade programme through the deployed WAR: opening a year, the planning job (re-run, restart
 * after a failure), review (swaps), approval, and the refusals. Data is checked in MariaDB.
 */
class PlanningIT extends DeployedJisr {
    private static final Pattern SUBMIT = Pattern.compile("id=\"(programme:regions:\\d+:submit)\"");

    private FacesClient admin() throws Exception {
        FacesClient client = new FacesClient(URI.create(app()));
        assertEquals(302, client.login("admin", PlatformIT.PASSWORD).statusCode());
        return client;
    }

    /** Opens a year with the form's defaults for unit costs (600,000 MAD for most centres); returns the page. */
    static String open(FacesClient client, int year, int target, int minimum, long budget) throws Exception {
        String page = client.get("upgrades/openYear.xhtml").body();
        return client.submit("upgrades/openYear.xhtml", page, "year", Map.of("programmeYear_hinput", "" + year,
                "target_hinput", "" + target, "minPerRegion_hinput", "" + minimum, "budget_hinput", "" + budget), "save")
                .body();
    }

    private static String programme(FacesClient client, int year) throws Exception {
        return client.get("upgrades/programme.xhtml?year=" + year).body();
    }

    private static String press(FacesClient client, int year, String button) throws Exception {
        return client.submit("upgrades/programme.xhtml?year=" + year, programme(client, year), "programme", Map.of(),
                button).body();
    }

    /** Waits for the year's latest job execution to end; returns its batch status. */
    static String awaitJob(int year) throws Exception {
        for (int i = 0; i < 240; i++) {
            List<String> status = ItDatabase.column("select e.batchstatus from jisr.upg_programme p join "
                    + executions() + " e on e.jobexecid = p.execution_id where p.programme_year = " + year);
            if (!status.isEmpty() && List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status.get(0))) {
                return status.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the planning job of " + year + " did not end");
    }

    private static String executions() throws SQLException {
        List<String> table = ItDatabase.column("select table_name from information_schema.tables where table_schema = 'jisr'"
                + " and lower(table_name) like '%executioninstancedata' and lower(table_name) not like '%step%'");
        if (table.isEmpty()) {
            throw new AssertionError("no job repository table; tables: " + ItDatabase.column(
                    "select table_name from information_schema.tables where table_schema = 'jisr'"));
        }
        return "jisr." + table.get(0);
    }

    private static long count(String where) throws SQLException {
        return ItDatabase.number("select count(*) from jisr.upg_line where " + where);
    }

    private static String chosen(int year) throws SQLException {
        return String.join(",", ItDatabase.column("select concat(centre_id, ':', region_rank) from jisr.upg_line"
                + " where programme_year = " + year + " and status = 'CHOSEN' order by centre_id"));
    }

    private static void seed(String prefix, String province, int count, int firstScore) throws SQLException {
        for (int i = 0; i < count; i++) {
            long id = Seed.centre(prefix + i, "مركز " + i, "Centre " + prefix + i, province, 34.0, -5.0);
            Seed.inspected(id, Math.min(100, firstScore + i * 3));
        }
    }

    private static String worksStatus(String centre) throws SQLException {
        return ItDatabase.column("select works_status from jisr.upg_line where programme_year = 2028 and centre_id = "
                + centre).get(0);
    }

    private static String errors(String page) {
        int at = page.indexOf("ui-messages-error");
        return at < 0 ? "no error shown" : page.substring(at, Math.min(page.length(), at + 600));
    }

    @Test
    void aSecondRunReplacesTheDraftAndARestartFinishesOnlyWhatFailed() throws Exception {
        seed("PLA-TNG-", "MA-TNG", 10, 20);
        seed("PLA-FES-", "MA-FES", 10, 25);
        seed("PLA-OUJ-", "MA-OUJ", 10, 30);
        FacesClient admin = admin();
        open(admin, 2027, 12, 1, 100_000_000);
        press(admin, 2027, "run-job");
        assertEquals("COMPLETED", awaitJob(2027));
        String first = chosen(2027);
        assertEquals(12, count("programme_year = 2027 and status = 'CHOSEN'"));
        assertEquals(ItDatabase.number("select sum(quota) from jisr.upg_region where programme_year = 2027"),
                count("programme_year = 2027 and status = 'CHOSEN'"), "every quota is filled when the budget allows");

        press(admin, 2027, "run-job");
        assertEquals("COMPLETED", awaitJob(2027));
        assertEquals(first, chosen(2027), "a second run gives the same plan, not a second one");

        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("create trigger jisr.it_fail_fes before insert on jisr.upg_line for each row begin"
                    + " if new.programme_year = 2027 and new.region_code = 'MA-03' then"
                    + " signal sqlstate '45000' set message_text = 'simulated failure'; end if; end");
        }
        try {
            press(admin, 2027, "run-job");
            assertEquals("FAILED", awaitJob(2027));
            assertEquals(0, count("programme_year = 2027 and region_code = 'MA-03'"));
            assertEquals("OPEN", ItDatabase.column("select status from jisr.upg_programme where programme_year = 2027")
                    .get(0), "a failed run leaves no draft to review");
        } finally {
            try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("drop trigger jisr.it_fail_fes");
            }
        }
        // Mark what the failed run wrote for the other regions: a restart that re-ran them would rewrite
        // those lines (delete, then insert at version 0); a restart of the failed partition leaves them alone.
        String failed = ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2027")
                .get(0);
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            assertTrue(s.executeUpdate("update jisr.upg_line set version = 77 where programme_year = 2027"
                    + " and region_code <> 'MA-03'") > 0, "the failed run planned the other regions");
        }
        press(admin, 2027, "restart-job");
        assertEquals("COMPLETED", awaitJob(2027));
        String restart = ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2027")
                .get(0);
        assertNotEquals(failed, restart, "a new execution");
        assertEquals(ItDatabase.column("select jobinstanceid from " + executions() + " where jobexecid = " + failed),
                ItDatabase.column("select jobinstanceid from " + executions() + " where jobexecid = " + restart),
                "a restart of the failed job instance, not a fresh run");
        assertEquals(0, count("programme_year = 2027 and region_code <> 'MA-03' and version <> 77"),
                "the regions that had completed were not planned again");
        assertTrue(count("programme_year = 2027 and region_code = 'MA-03' and version = 0") > 0,
                "the failed region was planned by the restart");
        assertEquals(first, chosen(2027), "the restart completes the same plan");
        assertEquals("DRAFTED", ItDatabase.column("select status from jisr.upg_programme where programme_year = 2027")
                .get(0));

        // A run the repository calls STARTED whose server still renews its lease (another server, say) is
        // running, however long ago it started: no restart is offered.
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update " + executions() + " e join jisr.upg_programme p on p.execution_id = e.jobexecid"
                    + " set e.batchstatus = 'STARTED', e.starttime = '2020-01-01 00:00:00', e.endtime = null"
                    + " where p.programme_year = 2027");
            s.executeUpdate("update jisr.plt_job_lease l join jisr.upg_programme p on p.programme_year = 2027 set"
                    + " l.owner = 'other-server', l.heartbeat = now(3), l.execution_id = p.execution_id where"
                    + " l.lease_key = 'upgrades-plan-2027'");
        }
        assertFalse(programme(admin, 2027).contains("programme:restart-job"), "a live run is not restartable");
        // What a killed server leaves behind: still STARTED, and nobody renewed the lease for minutes.
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update jisr.plt_job_lease set heartbeat = now(3) - interval 5 minute"
                    + " where lease_key = 'upgrades-plan-2027'");
        }
        String lost = ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2027").get(0);
        assertTrue(programme(admin, 2027).contains("programme:restart-job"), "a lost run can be restarted");
        press(admin, 2027, "restart-job");
        assertEquals("COMPLETED", awaitJob(2027));
        assertFalse(lost.equals(ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2027")
                .get(0)), "a new execution replaced the lost one");
        assertEquals(first, chosen(2027));
    }

    @Test
    void swapsAreCheckedAndJustifiedAndAnApprovedPlanIsFrozen() throws Exception {
        seed("PLB-TET-", "MA-TET", 20, 10);
        seed("PLB-NAD-", "MA-NAD", 4, 12);
        long upgraded = Seed.centre("PLB-TET-UPG", "مركز", "Centre upgraded", "MA-TET", 35.5, -5.3);
        Seed.inspected(upgraded, 5);
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("insert into jisr.cen_upgrade (id, centre_id, upgrade_year, works, cost_dirhams, status,"
                    + " recorded_by, recorded_at) values (nextval(jisr.cen_upgrade_seq) + 9000000, " + upgraded
                    + ", 2026, 'roof', 100000, 'DONE', 'it', now())");
        }
        FacesClient admin = admin();
        open(admin, 2028, 12, 0, 500_000_000);
        press(admin, 2028, "run-job");
        assertEquals("COMPLETED", awaitJob(2028));
        assertEquals(0, count("programme_year = 2028 and centre_id = " + upgraded), "upgraded in 2026: left out");

        String region = ItDatabase.column("select region_code from jisr.upg_line where programme_year = 2028"
                + " and centre_code like 'PLB-TET-%' limit 1").get(0);
        String out = ItDatabase.column("select centre_id from jisr.upg_line where programme_year = 2028 and status = 'CHOSEN'"
                + " and region_code = '" + region + "' order by region_rank limit 1").get(0);
        String spare = ItDatabase.column("select code from jisr.cen_centre c where c.code like 'PLB-TET-%' and c.id <> "
                + upgraded + " and not exists (select 1 from jisr.upg_line l where l.programme_year = 2028"
                + " and l.centre_id = c.id and l.status = 'CHOSEN') limit 1").get(0);
        String path = "upgrades/regionPlan.xhtml?year=2028&region=" + region;
        FacesClient coordinator = new FacesClient(URI.create(app()));
        assertEquals(302, coordinator.login("coord.casa", PlatformIT.PASSWORD).statusCode());
        assertFalse(coordinator.get(path).body().contains("id=\"plan:chosen\""), "another region's draft is hidden");
        assertTrue(coordinator.get("upgrades/regionPlan.xhtml?year=2028&region=MA-06").body()
                .contains("id=\"plan:chosen\""), "a coordinator reviews their own region");
        String why = "The roof of this centre collapsed last winter.";
        for (String refused : List.of("PLB-NAD-0", "PLB-TET-UPG")) {
            admin.submit(path, admin.get(path).body(), "plan", Map.of("out_input", out, "in", refused,
                    "justification", why), "do-swap");
            assertEquals(0, ItDatabase.number("select count(*) from jisr.upg_swap where programme_year = 2028"),
                    refused + " cannot come in");
        }
        admin.submit(path, admin.get(path).body(), "plan", Map.of("out_input", out, "in", spare, "justification", why),
                "do-swap");
        assertEquals(1, ItDatabase.number("select count(*) from jisr.upg_swap where programme_year = 2028"));
        assertEquals("SWAPPED_OUT", ItDatabase.column("select status from jisr.upg_line where programme_year = 2028"
                + " and centre_id = " + out).get(0));
        assertTrue(ItDatabase.number("select count(*) from jisr.plt_audit_event where detail like '%" + why + "%'") > 0,
                "the justification is audited");

        String page = press(admin, 2028, "approve");
        assertEquals("DRAFTED", ItDatabase.column("select status from jisr.upg_programme where programme_year = 2028")
                .get(0), "regions not submitted yet: " + page.contains("ui-messages-error"));
        for (Matcher m = SUBMIT.matcher(programme(admin, 2028)); m.find(); m = SUBMIT.matcher(programme(admin, 2028))) {
            admin.submit("upgrades/programme.xhtml?year=2028", programme(admin, 2028), "programme", Map.of(),
                    m.group(1).substring("programme:".length()));
        }
        press(admin, 2028, "approve");
        assertEquals("APPROVED", ItDatabase.column("select status from jisr.upg_programme where programme_year = 2028")
                .get(0));
        long chosen = count("programme_year = 2028 and status = 'CHOSEN'");
        assertEquals(chosen, ItDatabase.number("select count(*) from jisr.cen_upgrade where upgrade_year = 2028"
                + " and status = 'PLANNED'"), "the centres' histories show the planned upgrades");

        String works = "upgrades/works.xhtml?year=2028&centre=" + ItDatabase.column("select centre_id from"
                + " jisr.upg_line where programme_year = 2028 and status = 'CHOSEN' limit 1").get(0);
        String centre = works.substring(works.lastIndexOf('=') + 1);
        String today = java.time.LocalDate.now().toString();
        admin.submit(works, admin.get(works).body(), "works", Map.of("on_input", today), "advance");
        assertEquals("PLANNED", worksStatus(centre), "ordering works needs the contractor");
        admin.submit(works, admin.get(works).body(), "works", Map.of("on_input", today, "contractor", "Atlas Travaux"),
                "advance");
        admin.submit(works, admin.get(works).body(), "works", Map.of("on_input", today), "advance");
        admin.submit(works, admin.get(works).body(), "works", Map.of("on_input", today, "actualCost_hinput", "512000.5"),
                "advance");
        assertEquals("FINISHED", worksStatus(centre));
        assertEquals("DONE 512000.50", ItDatabase.column("select concat(status, ' ', cost_dirhams) from jisr.cen_upgrade"
                + " where upgrade_year = 2028 and centre_id = " + centre).get(0), "the centre's history is settled");
        assertEquals(1, ItDatabase.number("select count(*) from jisr.cen_centre where inspection_requested_on is not null"
                + " and id = " + centre), "a finished upgrade asks for a new inspection");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        admin.upload(works, admin.get(works).body(), "documents", "file", "facade.png", png, "attach");
        admin.upload(works, admin.get(works).body(), "documents", "file", "facade.png", "MZ not a photo".getBytes(),
                "attach");
        assertEquals("image/png", String.join(",", ItDatabase.column("select content_type from jisr.upg_document"
                + " where centre_id = " + centre)), "a photo is kept; a program named .png is refused");

        String dashboard = admin.get("upgrades/dashboard.xhtml?year=2028").body();
        assertTrue(admin.submit("upgrades/dashboard.xhtml?year=2028", dashboard, "dashboard", Map.of(), "export-pdf")
                .body().startsWith("%PDF"), "the dashboard as a PDF");
        assertTrue(admin.submit("upgrades/dashboard.xhtml?year=2028", dashboard, "dashboard", Map.of(), "export-xlsx")
                .body().startsWith("PK"), "the dashboard as a spreadsheet");

        String frozen = programme(admin, 2028);
        assertFalse(frozen.contains("programme:run-job"), "no new run of an approved plan");
        String execution = ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2028")
                .get(0);
        admin.submit("upgrades/programme.xhtml?year=2028", frozen, "programme", Map.of(), "run-job");
        assertEquals(execution, ItDatabase.column("select execution_id from jisr.upg_programme where programme_year = 2028")
                .get(0));
        assertFalse(admin.get(path).body().contains("plan:do-swap"), "no swap in an approved plan");
    }

    @Test
    void impossibleProgrammesAreRefusedWithAReason() throws Exception {
        FacesClient admin = admin();
        String tooHigh = open(admin, 2029, 100, 9, 100_000_000);
        assertTrue(tooHigh.contains("108"), "9 x 12 = 108 is more than 100: " + errors(tooHigh));
        String poor = open(admin, 2029, 100, 1, 1_000_000);
        assertTrue(poor.contains("ui-messages-error"), "a budget too small for the target");
        assertEquals(0, ItDatabase.number("select count(*) from jisr.upg_programme where programme_year = 2029"));
        open(admin, 2029, 100, 1, 100_000_000);
        String twice = open(admin, 2029, 200, 1, 200_000_000);
        assertTrue(twice.contains("ui-messages-error"), "a second programme for the same year");
        assertEquals("100", ItDatabase.column("select target from jisr.upg_programme where programme_year = 2029").get(0));
    }
}
