package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonNames;
import org.junit.jupiter.api.Test;

/**
 * The registries through the deployed WAR: territory walls on list, page, export and import; imports
 * that save all or nothing; duplicate warnings; merges that keep every link. Data is checked in MariaDB.
 */
class RegistriesIT extends DeployedJisr {
    private static final String PASSWORD = PlatformIT.PASSWORD;
    private static final String CENTRES_CSV = "code,name_ar,name_fr,type,province,area,managing_body,status,latitude,longitude\n";
    private static final String PERSONS_CSV = "first_name_ar,last_name_ar,first_name_latin,last_name_latin,sex,birth_date,cin,province\n";

    private FacesClient as(String username) throws Exception {
        FacesClient client = new FacesClient(URI.create(app()));
        assertEquals(302, client.login(username, PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    /** Uploads a file on the import page; returns the report CSV once the import has finished. */
    private String importFile(FacesClient client, String module, String csv) throws Exception {
        String path = "imports/import.xhtml?module=" + module;
        String page = client.get(path).body();
        HttpResponse<String> following = client.upload(path, page, "upload", "file", module + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "start");
        assertEquals(200, following.statusCode(), following.body());
        String body = following.body();
        int messages = body.indexOf("upload:messages");
        assertTrue(body.contains("id=\"follow\""), "the import started: "
                + (messages < 0 ? body.substring(0, Math.min(body.length(), 2000)) : body.substring(messages,
                Math.min(body.length(), messages + 800))));
        for (int i = 0; i < 60; i++) {
            String report = client.submit(path, following.body(), "follow", Map.of(), "report").body();
            if (report.startsWith("<")) { // the report button is not there yet: the page came back
                if (report.contains("jisr-ok")) {
                    return "";
                }
            } else if (report.lines().count() > 1) {
                return report;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the import did not finish");
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aProvincialUserCanNeitherListOpenExportNorImportOutsideTheirProvince() throws Exception {
        String report = importFile(as("admin"), "centres", CENTRES_CSV
                + "RAB-IT-1,مركز الرباط,Centre Rabat IT,LISTENING_CENTRE,MA-RAB,URBAN,MINISTRY,OPEN,34.0209,-6.8416\n"
                + "CAS-IT-1,مركز البيضاء,Centre Casa IT,WOMEN_SHELTER,MA-CAS,URBAN,MINISTRY,OPEN,33.5731,-7.5898\n");
        assertEquals("", report, "a good file imports");
        assertEquals(2, count("select count(*) from jisr.cen_centre where code like '%-IT-1'"));
        long casaCentre = count("select id from jisr.cen_centre where code = 'CAS-IT-1'");
        long rabatPerson = Seed.person("سناء", "الرباطي", "Sanae", "Ribati", "FEMALE", 1990, "AB100001", "MA-RAB");
        long casaPerson = Seed.person("نزهة", "البيضاوي", "Nezha", "Beidaoui", "FEMALE", 1985, "BE200002", "MA-CAS");

        FacesClient agent = as("agent.rabat");
        String centres = agent.get("centres/centres.xhtml").body();
        assertTrue(centres.contains("RAB-IT-1") && !centres.contains("CAS-IT-1"), "centres list within the province");
        assertEquals(302, agent.get("centres/centre.xhtml?id=" + casaCentre).statusCode(), "another province's centre");
        String persons = agent.get("people/persons.xhtml").body();
        assertTrue(persons.contains("Ribati") && !persons.contains("Beidaoui"), "persons list within the province");
        assertEquals(302, agent.get("people/person.xhtml?id=" + casaPerson).statusCode(), "another province's person");
        assertEquals(200, agent.get("people/person.xhtml?id=" + rabatPerson).statusCode());
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'READ_PERSONAL_DATA' and record_id = ?", Long.toString(rabatPerson)),
                "opening a person is audited");

        String list = agent.get("people/persons.xhtml").body();
        String export = agent.submit("people/persons.xhtml", list, "persons", Map.of(), "export-csv").body();
        assertTrue(export.contains("AB100001") && !export.contains("BE200002"), "export within the province");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'EXPORT'"), "exports are audited");
        assertEquals(403, agent.get("imports/import.xhtml?module=people").statusCode(), "case workers do not import");

        String refused = importFile(as("admin.rabat"), "people", PERSONS_CSV
                + "هدى,الرباطي,Houda,Ribati,F,1992-03-04,,MA-RAB\n"
                + "هند,البيضاوي,Hind,Beidaoui,F,1993-05-06,,MA-CAS\n");
        assertTrue(refused.contains("3,"), "line 3 is outside the region: " + refused);
        assertEquals(0, count("select count(*) from jisr.ppl_person where first_name_lat in ('Houda', 'Hind')"),
                "nothing of a refused file is saved");
    }

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

    @Test
    void aSimilarPersonIsShownBeforeCreatingAndTheConfirmationIsAudited() throws Exception {
        Seed.person("محمد", "العلوي", "Mohamed", "El Alaoui", "MALE", 1975, null, "MA-CAS");
        FacesClient coordinator = as("coord.casa");
        String form = coordinator.get("people/personEdit.xhtml").body();
        Map<String, String> fields = Map.of("firstNameAr", "محمد", "lastNameAr", "علوي", "firstNameLatin", "Mhamed",
                "lastNameLatin", "Alaoui", "sex", "MALE", "birthYear_hinput", "1976", "birthYear_input", "1976", "province_input", "MA-CAS");
        HttpResponse<String> warned = coordinator.submit("people/personEdit.xhtml", form, "person", fields, "save");
        assertEquals(200, warned.statusCode());
        assertTrue(warned.body().contains("id=\"person:candidates\""), "the candidate is shown");
        assertEquals(1, count("select count(*) from jisr.ppl_person where last_key = ?", PersonNames.latinKey("Alaoui")));

        java.util.Map<String, String> confirmed = new java.util.HashMap<>(fields);
        confirmed.put("confirmed_input", "on");
        HttpResponse<String> saved = coordinator.submit("people/personEdit.xhtml", warned.body(), "person", confirmed, "save");
        assertEquals(302, saved.statusCode(), "saved once confirmed");
        assertEquals(2, count("select count(*) from jisr.ppl_person where last_key = ?", PersonNames.latinKey("Alaoui")));
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'coord.casa'"
                + " and action = 'CREATE' and detail like 'confirmed not a duplicate%'"));
    }

    @Test
    void mergingKeepsEveryLink() throws Exception {
        long keeper = Seed.person("خديجة", "بناني", "Khadija", "Bennani", "FEMALE", 1980, null, "MA-RAB");
        long duplicate = Seed.person("خديجة", "بناني", "Khadidja", "Bennani", "FEMALE", 1981, "D400005", "MA-RAB");
        long child = Seed.person("آدم", "بناني", "Adam", "Bennani", "MALE", 2018, null, "MA-RAB");
        long otherChild = Seed.person("سارة", "بناني", "Sara", "Bennani", "FEMALE", 2020, null, "MA-RAB");
        try (Connection c = ItDatabase.connect()) {
            c.createStatement().executeUpdate("insert into jisr.ppl_guardian values (" + child + ", " + keeper
                    + ", 'MOTHER', now(), 'it'), (" + child + ", " + duplicate + ", 'MOTHER', now(), 'it'), ("
                    + otherChild + ", " + duplicate + ", 'MOTHER', now(), 'it')");
        }
        FacesClient admin = as("admin.rabat");
        String page = admin.get("people/person.xhtml?id=" + keeper).body();
        assertEquals(200, admin.submit("people/person.xhtml?id=" + keeper, page, "person",
                Map.of("mergeId_input", Long.toString(duplicate), "mergeId_hinput", Long.toString(duplicate)),
                "merge").statusCode());
        assertEquals(keeper, count("select merged_into from jisr.ppl_person where id = ?", duplicate));
        assertEquals(0, count("select count(*) from jisr.ppl_guardian where guardian_id = ? or child_id = ?",
                duplicate, duplicate), "no link left on the merged record");
        assertEquals(1, count("select count(*) from jisr.ppl_guardian where child_id = ? and guardian_id = ?", child, keeper));
        assertEquals(1, count("select count(*) from jisr.ppl_guardian where child_id = ? and guardian_id = ?",
                otherChild, keeper), "the other child's link moved to the kept person");
        assertEquals(1, count("select count(*) from jisr.ppl_person where id = ? and cin = 'D400005'", keeper),
                "the CIN moved too");
        assertFalse(admin.get("people/persons.xhtml").body().contains("Khadidja"), "a merged record leaves the list");
    }
}
