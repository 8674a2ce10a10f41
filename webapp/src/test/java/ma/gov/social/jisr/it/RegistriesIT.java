package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.gov.social.jisr.people.api.PersonNames;
import org.junit.jupiter.api.Test;

/**
 * The registries through the deployed WAR: territory walls on list, page, export and import; duplicate
 * warnings; merges that keep every link; what is audited, and what a caller outside a territory never sees.
 * Data is checked in MariaDB. Imports have their own class (ImportsIT).
 */
class RegistriesIT extends DeployedJisr {
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
                + " and action = 'READ_PERSONAL_DATA' and module = 'people' and record_type = 'person'"
                + " and record_id = ?", Long.toString(rabatPerson)), "opening a person is audited");

        String list = agent.get("people/persons.xhtml").body();
        java.net.http.HttpResponse<String> download = agent.submit("people/persons.xhtml", list, "persons", Map.of(),
                "export-csv");
        String export = download.body();
        assertTrue(export.contains("AB100001") && !export.contains("BE200002"), "export within the province");
        // a download resets the response: its security headers must be set again
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""), "not cached");
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"),
                download.headers().map().toString());
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'EXPORT' and detail like 'started CSV%'"), "exports are audited before they start");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'EXPORT' and detail like 'finished: %'"), "and once finished, with their count");
        assertEquals(403, agent.get("platform/imports/import.xhtml?module=people").statusCode(), "case workers do not import");

        String refused = importFile(as("admin.rabat"), "people", PERSONS_CSV
                + "هدى,الرباطي,Houda,Ribati,F,1992-03-04,,MA-RAB\n"
                + "هند,البيضاوي,Hind,Beidaoui,F,1993-05-06,,MA-CAS\n");
        assertTrue(refused.contains("3,"), "line 3 is outside the region: " + refused);
        assertEquals(0, count("select count(*) from jisr.ppl_person where first_name_lat in ('Houda', 'Hind')"),
                "nothing of a refused file is saved");
    }

    @Test
    void anAssociationManagedCentreNamesItsAssociationFromThePartnerRegistry() throws Exception {
        long association = FundingFixtures.association("AS-IT-CEN", "Association Centre IT", "MA-RAB", "MA-04", null);
        String header = "code,name_ar,name_fr,type,province,area,managing_body,status,partner_name,"
                + "partner_registration\n";
        String unknown = importFile(as("admin"), "centres", header
                + "RAB-IT-P1,مركز شريك,Centre partenaire IT,LISTENING_CENTRE,MA-RAB,URBAN,ASSOCIATION,OPEN,,AS-IT-NONE\n");
        assertTrue(unknown.contains("AS-IT-NONE"), "an unknown registration number is named: " + unknown);
        assertEquals(0, count("select count(*) from jisr.cen_centre where code = 'RAB-IT-P1'"), "nothing saved");

        String report = importFile(as("admin"), "centres", header
                + "RAB-IT-P1,مركز شريك,Centre partenaire IT,LISTENING_CENTRE,MA-RAB,URBAN,ASSOCIATION,OPEN,Ancien nom,AS-IT-CEN\n"
                + "RAB-IT-P2,مركز قديم,Centre ancien IT,LISTENING_CENTRE,MA-RAB,URBAN,ASSOCIATION,OPEN,Association non inscrite,\n");
        assertEquals("", report, "a partner by registration number, and one by name only");
        assertEquals(1, count("select count(*) from jisr.cen_centre where code = 'RAB-IT-P1' and partner_association_id = ?"
                + " and partner_name = 'Association Centre IT'", association), "linked, under the registry's name");
        assertEquals(1, count("select count(*) from jisr.cen_centre where code = 'RAB-IT-P2'"
                + " and partner_association_id is null and partner_name = 'Association non inscrite'"), "kept unlinked");

        long linked = count("select id from jisr.cen_centre where code = 'RAB-IT-P1'");
        String page = as("admin").get("centres/centre.xhtml?id=" + linked).body();
        assertTrue(page.contains("funding/association.xhtml?id=" + association) && page.contains("AS-IT-CEN"),
                "the page links the association for whoever reads funding: " + page);
        String agentPage = as("agent.rabat").get("centres/centre.xhtml?id=" + linked).body();
        assertTrue(agentPage.contains("AS-IT-CEN") && !agentPage.contains("funding/association.xhtml"),
                "named, without a link, for a case worker");
        long unlinked = count("select id from jisr.cen_centre where code = 'RAB-IT-P2'");
        assertTrue(as("admin").get("centres/centre.xhtml?id=" + unlinked).body().contains("Association non inscrite ("),
                "an unlinked partner says so");

        FacesClient admin = as("admin");
        String export = admin.submit("centres/centres.xhtml", admin.get("centres/centres.xhtml").body(), "centres",
                Map.of(), "export-csv").body();
        assertTrue(export.lines().anyMatch(l -> l.startsWith("RAB-IT-P1,") && l.endsWith(",AS-IT-CEN")),
                "the export names the association by its number, so it imports again: " + export);
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

    @Test
    void searchesShownCandidatesAndExportsAreAuditedAndExportedTextCannotBecomeAFormula() throws Exception {
        long zerhouni = Seed.person("ليلى", "الزرهوني", "Leila", "Zerhouni", "FEMALE", 1988, "ZH500001", "MA-KEN");
        PersonFixtures.contact(zerhouni, "+212612345678", "=HYPERLINK(\"http://x.example\",\"y\")");
        FacesClient admin = as("admin");
        String list = admin.get("people/persons.xhtml").body();
        String found = admin.submit("people/persons.xhtml", list, "persons", Map.of("text", "ZH500001"), "search").body();
        assertTrue(found.contains("Zerhouni"), "the search finds the person by CIN");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action ="
                + " 'READ_PERSONAL_DATA' and record_type = 'person-list' and detail like '%text=ZH500001%'"),
                "a search is audited once, with its filter");

        String csv = admin.submit("people/persons.xhtml", found, "persons", Map.of("text", "ZH500001"), "export-csv")
                .body();
        assertTrue(csv.contains(",'+212612345678,") && csv.contains("\"'=HYPERLINK("), "text is never a formula: " + csv);
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action = 'EXPORT'"
                + " and record_type = 'person-list' and detail like 'started CSV%text=ZH500001%'"));

        String form = admin.get("people/personEdit.xhtml").body();
        HttpResponse<String> warned = admin.submit("people/personEdit.xhtml", form, "person", Map.of("firstNameAr",
                "ليلى", "lastNameAr", "الزرهوني", "firstNameLatin", "Laila", "lastNameLatin", "Zerhouni", "sex", "FEMALE",
                "birthYear_hinput", "1989", "birthYear_input", "1989", "province_input", "MA-KEN"), "save");
        assertTrue(warned.body().contains("id=\"person:candidates\""), "the candidate is shown");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action ="
                + " 'READ_PERSONAL_DATA' and record_id = ? and detail like 'shown as a possible duplicate%'",
                Long.toString(zerhouni)), "showing a candidate is a reading of that person");
    }

    @Test
    void theNextPageSeeksPastTheLastRowShownAndIsTheOffsetsAnswer() throws Exception {
        PersonFixtures.many("Zzpage", "MA-SAL", 60); // one name: the id alone orders them
        try {
            FacesClient admin = as("admin");
            String list = admin.get("people/persons.xhtml").body();
            String found = admin.submit("people/persons.xhtml", list, "persons", Map.of("text", "Zzpage"), "search")
                    .body();
            List<String> byOffset = ItDatabase.column("select id from jisr.ppl_person where last_name_lat = 'Zzpage'"
                    + " order by last_name_lat, first_name_lat, id limit 25, 25");
            List<String> shown = new ArrayList<>();
            List<String> seeks = QueryLog.statementsDuring(() -> {
                Matcher ids = Pattern.compile("person\\.xhtml\\?id=(\\d+)").matcher(admin.ajax("people/persons.xhtml",
                        found, "persons", nextPage(25)).body());
                while (ids.find()) {
                    shown.add(ids.group(1));
                }
            }, "last_name_lat >=");
            assertEquals(byOffset, shown, "the second page");
            assertEquals(1, seeks.size(), "found by a seek, not by counting off the first page: " + seeks);
        } finally {
            PersonFixtures.removeMany(60);
        }
    }

    private static Map<String, String> nextPage(int first) {
        Map<String, String> p = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source",
                "persons:list", "jakarta.faces.partial.execute", "persons:list", "jakarta.faces.partial.render",
                "persons:list", "persons:list", "persons:list", "persons:list_pagination", "true"));
        p.putAll(Map.of("persons:list_first", Integer.toString(first), "persons:list_rows", "25",
                "persons:list_skipChildren", "true", "persons:list_encodeFeature", "true"));
        return p;
    }

    @Test
    void anExportIsAuditedBeforeItsFirstByteSoAnAbortedDownloadLeavesItsTrace() throws Exception {
        int persons = 60_000; // about 20 MB: more than sockets and buffers hold, so the server waits for the reader
        PersonFixtures.many("Zzexport", "MA-SAL", persons);
        try {
            FacesClient admin = as("admin");
            String list = admin.get("people/persons.xhtml").body();
            HttpResponse<InputStream> download = admin.submitStreaming("people/persons.xhtml", list, "persons",
                    Map.of("text", "Zzexport"), "export-csv");
            try (InputStream body = download.body()) {
                String start = new String(body.readNBytes(200), StandardCharsets.UTF_8);
                assertTrue(start.contains("first_name_ar"), start);
                assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action"
                        + " = 'EXPORT' and detail like 'started CSV%text=Zzexport%'"),
                        "recorded while the file is still being sent");
            } // hanging up half-way: the server's export fails and its own transaction rolls back
            assertEquals(0, count("select count(*) from jisr.plt_audit_event where username = 'admin' and action"
                    + " = 'EXPORT' and detail = 'finished: " + persons + " persons'"));
        } finally {
            PersonFixtures.removeMany(persons);
        }
    }

    @Test
    void aLinkOrACinOutsideTheTerritoryNamesNobodyAndAskingForThatCinIsAudited() throws Exception {
        long child = Seed.person("ريم", "الصويري", "Rim", "Souiri", "FEMALE", 2019, null, "MA-RAB");
        long mother = Seed.person("زينب", "الكرمي", "Zineb", "Guermi", "FEMALE", 1987, "GK600006", "MA-CAS");
        PersonFixtures.guardian(child, mother, "MOTHER");
        ItDatabase.language("agent.rabat", "ar");
        String childPage = as("agent.rabat").get("people/person.xhtml?id=" + child).body();
        assertTrue(childPage.contains("Souiri") && childPage.contains("شخص خارج نطاقك الترابي"), childPage);
        assertFalse(childPage.contains("Guermi") || childPage.contains("الكرمي") || childPage.contains("id=" + mother),
                "a guardian outside the province is neither named nor linked");
        String motherPage = as("agent.casa").get("people/person.xhtml?id=" + mother).body();
        assertTrue(motherPage.contains("Guermi"), motherPage);
        assertFalse(motherPage.contains("Souiri") || motherPage.contains("id=" + child), "nor a ward");
        assertTrue(as("admin").get("people/person.xhtml?id=" + child).body().contains("Guermi"), "national sees both");

        FacesClient agent = as("agent.rabat");
        String form = agent.get("people/personEdit.xhtml").body();
        HttpResponse<String> refused = agent.submit("people/personEdit.xhtml", form, "person", Map.of("firstNameAr",
                "سعاد", "lastNameAr", "الرباطي", "firstNameLatin", "Souad", "lastNameLatin", "Rbati", "sex", "FEMALE",
                "birthYear_hinput", "1991", "birthYear_input", "1991", "cin", "GK600006", "province_input", "MA-RAB"),
                "save");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("مسجل لشخص آخر"), "the CIN is refused"); // agent.rabat reads Arabic
        assertFalse(refused.body().contains("Guermi") || refused.body().contains("الكرمي"), "naming nobody");
        assertEquals(0, count("select count(*) from jisr.ppl_person where last_name_lat = 'Rbati'"));
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat' and action"
                + " = 'ACCESS_REFUSED' and record_id = ? and province_code = 'MA-CAS'", Long.toString(mother)),
                "the attempt is kept for Casablanca's auditors");
    }

    @Test
    void twoSavesOfOnePersonAtOnceEndWithChangedMeanwhileNotAnErrorPage() throws Exception {
        long person = Seed.person("نادية", "الحريزي", "Nadia", "Harizi", "FEMALE", 1979, null, "MA-RAB");
        String path = "people/personEdit.xhtml?id=" + person;
        FacesClient one = as("admin.rabat");
        FacesClient two = as("admin.rabat");
        String pageOne = one.get(path).body();
        String pageTwo = two.get(path).body();
        Map<String, String> fields = Map.of("firstNameAr", "نادية", "lastNameAr", "الحريزي", "firstNameLatin", "Nadia",
                "lastNameLatin", "Harizi", "sex", "FEMALE", "birthYear_hinput", "1979", "birthYear_input", "1979",
                "province_input", "MA-RAB");
        List<Integer> statuses = new ArrayList<>();
        String refusal = "";
        for (HttpResponse<String> answer : PersonFixtures.atOnceOnALockedRow(person,
                () -> one.submit(path, pageOne, "person", with(fields, "address", "Rue A"), "save"),
                () -> two.submit(path, pageTwo, "person", with(fields, "address", "Rue B"), "save"))) {
            statuses.add(answer.statusCode());
            refusal = answer.statusCode() == 200 ? answer.body() : refusal;
        }
        statuses.sort(null);
        assertEquals(List.of(200, 302), statuses, "one saved, the other told: " + refusal);
        assertTrue(refusal.contains("entre-temps"), refusal); // admin.rabat reads French
        assertEquals(1, count("select version from jisr.ppl_person where id = ?", person));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> copy = new HashMap<>(fields);
        copy.put(name, value);
        return copy;
    }
}
