package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports through the deployed WAR: all or nothing, reasons in the user's language, repeats held for a
 * person to decide, rows of an unfinished import seen by no one, and what a killed server left taken back.
 */
class ImportsIT extends DeployedJisr {
    @Test
    void anImportWithOneBadLineSavesNothingAndSaysWhyInTheUsersLanguage() throws Exception {
        FacesClient admin = as("admin");
        String report = importFile(admin, "people", PERSONS_CSV
                + "ليلى,الفاسي,Leila,Fassi,F,1980-01-02,C300003,MA-FES\n"
                + "كريم,الفاسي,Karim,Fassi,M,1978-02-03,C300004,MA-FES\n"
                + "سعاد,الفاسي,Souad,Fassi,F,1982-04-05,12AB,MA-FES\n"
                + "يوسف,الفاسي,Youssef,Fassi,X,1984-06-07,,MA-FES\n");
        assertTrue(report.contains("4,") && report.contains("12AB"), "bad CIN on line 4: " + report);
        assertTrue(report.contains("5,"), "bad sex on line 5: " + report);
        assertFalse(report.contains("person.cin.invalid"), "reasons are sentences, not keys: " + report);
        assertEquals(0, count("select count(*) from jisr.ppl_person where last_name_lat = 'Fassi'"));

        assertEquals("", importFile(admin, "people", PERSONS_CSV
                + "ليلى,الفاسي,Leila,Fassi,F,1980-01-02,C300003,MA-FES\n"
                + "كريم,الفاسي,Karim,Fassi,M,1978-02-03,C300004,MA-FES\n"));
        assertEquals(2, count("select count(*) from jisr.ppl_person where last_name_lat = 'Fassi'"));
        String again = importFile(admin, "people", PERSONS_CSV + "ليلى,الفاسي,Laila,Fassi,F,1980-01-02,C300003,MA-FES\n");
        assertTrue(again.contains("2,") && again.contains("C300003"), "a CIN already registered: " + again);
    }

    /** Starts the import of a file under its own name; answers once the database says it has ended. */
    private String imported(FacesClient client, String module, String fileName, String csv) throws Exception {
        String path = "platform/imports/import.xhtml?module=" + module;
        String page = client.get(path).body();
        HttpResponse<String> started = client.upload(path, page, "upload", "file", fileName,
                csv.getBytes(StandardCharsets.UTF_8), "start");
        assertTrue(started.body().contains("id=\"follow\""), "the import started");
        return ImportFixtures.awaitEnd(fileName);
    }

    @Test
    void aPersonsFileIsSavedExceptTheLinesThatMayBeSomeoneAlreadyThereWhichWaitForADecision() throws Exception {
        long registered = Seed.person("رشيد", "الوجدي", "Rachid", "Oujdi", "MALE", 1970, null, "MA-FIG");
        FacesClient admin = as("admin");
        assertEquals("HELD", imported(admin, "people", "repeats-it.csv", PERSONS_CSV
                + "رشيد,وجدي,Rachid,El Oujdi,M,1971-05-05,,MA-FIG\n" // line 2: the registered Rachid Oujdi?
                + "سلمى,البركاني,Salma,Berkani,F,1995-01-01,,MA-FIG\n"
                + "سلمى,بركاني,Salma,Berkani,F,1996-02-02,,MA-FIG\n" // line 4: line 3 again?
                + "نبيل,الزناتي,Nabil,Zenati,M,1980-03-03,,MA-FIG\n"));
        String id = ImportFixtures.text("select id from jisr.plt_import where file_name = 'repeats-it.csv'");
        assertEquals(1, count("select count(*) from jisr.ppl_person where last_name_lat like '%Oujdi'"),
                "a line like a registered person is not saved");
        assertEquals(1, count("select count(*) from jisr.ppl_person where last_name_lat = 'Berkani'"),
                "nor a line repeating an earlier one");
        assertEquals(1, count("select count(*) from jisr.ppl_person where last_name_lat = 'Zenati'"));
        long salma = count("select id from jisr.ppl_person where last_name_lat = 'Berkani'");
        assertEquals("2:" + registered + ":|4:" + salma + ":3", ImportFixtures.text("select group_concat(line_number, ':',"
                + " candidate_ids, ':', similar_lines order by line_number separator '|') from jisr.ppl_import_hold"
                + " where import_tag = ? and state = 'OPEN'", id), "each held line with the persons it may be");
        assertEquals("2 2", ImportFixtures.text("select concat(saved_count, ' ', held_count) from jisr.plt_import"
                + " where id = ?", id));
        assertTrue(count("select min(id) from jisr.plt_audit_event where record_type = 'import' and record_id = ?"
                + " and detail like 'started: person file repeats-it.csv'", id) > 0, "audited before anything is saved");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where record_type = 'import'"
                + " and record_id = ? and detail like 'HELD: %2 saved, 2 held%'", id));
        assertTrue(admin.get("platform/imports/import.xhtml?module=people&id=" + id).body()
                .contains("importHolds.xhtml?import=" + id), "the import's page, opened again, leads to the decisions");
        assertEquals(403, as("agent.rabat").get("people/importHolds.xhtml?import=" + id).statusCode());

        String holds = admin.get("people/importHolds.xhtml?import=" + id).body();
        assertTrue(holds.contains("Oujdi") && holds.contains("Berkani"), holds);
        HttpResponse<String> created = admin.submit("people/importHolds.xhtml?import=" + id, holds, "holds",
                Map.of("lines:1:choice", "new"), "lines:1:decide"); // line 4: another Salma Berkani after all
        assertEquals(200, created.statusCode());
        assertEquals(2, count("select count(*) from jisr.ppl_person where last_name_lat = 'Berkani'"), "created");
        long newSalma = count("select id from jisr.ppl_person where last_name_lat = 'Berkani' and id <> ?", salma);
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where action = 'CREATE' and record_id = ?"
                + " and detail like 'confirmed not a duplicate of persons [" + salma + "]'", Long.toString(newSalma)),
                "as a create would, confirming the candidate is someone else");

        HttpResponse<String> kept = admin.submit("people/importHolds.xhtml?import=" + id, created.body(), "holds",
                Map.of("lines:0:choice", Long.toString(registered)), "lines:0:decide"); // line 2: the registered one
        assertEquals(200, kept.statusCode());
        assertEquals(1, count("select count(*) from jisr.ppl_person where last_name_lat like '%Oujdi'"), "nothing created");
        assertEquals("2:EXISTING:" + registered + "|4:CREATED:" + newSalma, ImportFixtures.text("select group_concat("
                + "line_number, ':', state, ':', person_id order by line_number separator '|') from jisr.ppl_import_hold"
                + " where import_tag = ?", id));
        assertEquals(2, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action = 'UPDATE'"
                + " and record_type = 'import-hold' and detail like '%of import " + id + " held as a possible duplicate%'"));
        assertTrue(count("select count(*) from jisr.plt_audit_event where username = 'admin' and action ="
                + " 'READ_PERSONAL_DATA' and record_type = 'import-hold' and record_id = ?", id) >= 1,
                "reading the held lines is reading personal data");
    }

    @Test
    void anImportStillSavingIsSeenByNoOneAndWhatAKilledServerLeftIsTakenBack() throws Exception {
        String people = "it0000000000000dead1";
        String centres = "it0000000000000dead2";
        ImportFixtures.saving(people, "people", "person", "admin", "killed-server-it.csv");
        ImportFixtures.saving(centres, "centres", "centre", "admin", "killed-server-it-centres.csv");
        java.util.concurrent.ScheduledExecutorService otherServer = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        otherServer.scheduleAtFixedRate(() -> { // alive somewhere else: its heartbeat moves
            try {
                ImportFixtures.heartbeat(people);
                ImportFixtures.heartbeat(centres);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 0, 1, java.util.concurrent.TimeUnit.SECONDS);
        try {
            long person = ImportFixtures.stagedPerson(people, "ياسمين", "الزغلولي", "Yasmine", "Zeghloul", "FEMALE",
                    1993, "ZG800008", "MA-FIG");
            ImportFixtures.stagedHold(people, 3, "Yasmina", "Zeghloul", "MA-FIG");
            long centre = ImportFixtures.stagedCentre(centres, "PND-IT-1", "Centre en attente IT", "MA-FIG");

            FacesClient admin = as("admin");
            String list = admin.get("people/persons.xhtml").body();
            String found = admin.submit("people/persons.xhtml", list, "persons", Map.of("text", "Zeghloul"), "search")
                    .body();
            assertFalse(found.contains("Yasmine"), "not in a search");
            assertFalse(admin.submit("people/persons.xhtml", list, "persons", Map.of("text", "ZG800008"), "search")
                    .body().contains("Yasmine"), "nor found by its CIN");
            assertFalse(admin.submit("people/persons.xhtml", found, "persons", Map.of("text", "Zeghloul"), "export-csv")
                    .body().contains("ZG800008"), "nor exported");
            assertEquals(302, admin.get("people/person.xhtml?id=" + person).statusCode(), "nor opened");
            String form = admin.get("people/personEdit.xhtml").body();
            assertEquals(302, admin.submit("people/personEdit.xhtml", form, "person", Map.of("firstNameAr", "ياسمين",
                    "lastNameAr", "الزغلولي", "firstNameLatin", "Yasmina", "lastNameLatin", "Zeghloul", "sex", "FEMALE",
                    "birthYear_hinput", "1993", "birthYear_input", "1993", "province_input", "MA-FIG"), "save")
                    .statusCode(), "nobody's duplicate yet: the same person is created without a warning");

            String centresPage = admin.get("centres/centres.xhtml").body();
            String centresFound = admin.submit("centres/centres.xhtml", centresPage, "centres",
                    Map.of("text", "PND-IT"), "search").body();
            assertFalse(centresFound.contains("PND-IT-1"), "a staged centre is not listed");
            assertFalse(admin.submit("centres/centres.xhtml", centresFound, "centres", Map.of("text", "PND-IT"),
                    "export-csv").body().contains("PND-IT-1"), "nor exported");
            assertFalse(admin.get("centres/centreMap.xhtml?province=MA-FIG").body().contains("PND-IT-1"), "nor mapped");
            assertEquals(302, admin.get("centres/centre.xhtml?id=" + centre).statusCode(), "nor opened");

            Thread.sleep(10_000); // longer than the stale delay (8 s): a live import is left alone
            assertEquals("SAVING", ImportFixtures.text("select state from jisr.plt_import where id = ?", people));
            assertEquals(1, count("select count(*) from jisr.ppl_person_import where import_tag = ?", people));
        } finally {
            otherServer.shutdownNow(); // killed: the heartbeat stops
        }
        assertEquals("FAILED", ImportFixtures.awaitEnd("killed-server-it.csv"), "any server takes it back");
        assertEquals("FAILED", ImportFixtures.awaitEnd("killed-server-it-centres.csv"));
        assertEquals(0, count("select (select count(*) from jisr.ppl_person_import where import_tag = ?)"
                + " + (select count(*) from jisr.ppl_import_hold where import_tag = ?)"
                + " + (select count(*) from jisr.cen_centre_import where import_tag = ?)"
                + " + (select count(*) from jisr.cen_centre_service_import where import_tag = ?)",
                people, people, centres, centres), "its staged rows are gone");
        assertEquals(0, count("select count(*) from jisr.ppl_person where cin = 'ZG800008'"), "never published");
        assertTrue(ImportFixtures.text("select failure from jisr.plt_import where id = ?", people)
                .startsWith("the server running it (another-server#1) stopped"));
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where record_type = 'import'"
                + " and record_id = ? and detail like 'FAILED: killed-server-it.csv;%'", people), "and says so");
    }
}
