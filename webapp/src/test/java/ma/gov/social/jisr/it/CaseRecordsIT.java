package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a case keeps besides its steps, through the deployed WAR over HTTP: documents checked by their
 * content and downloaded with an audit entry, the person's page that shows a case only to those who may
 * open it, and a listening call that two workers turn into a case at the same moment (one case, and the
 * other's writes, JPA and plain SQL alike, rolled back).
 */
class CaseRecordsIT extends DeployedJisr {
    private static final String CASE = "women/case.xhtml?id=";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static void accounts() throws Exception {
        ItAccounts.copyOf("agent.rabat", "agent.rabat.deux");
        ItDatabase.language("agent.rabat", "fr");
        ItDatabase.language("agent.rabat.deux", "fr");
    }

    @Test
    void aDocumentIsAcceptedByItsContentAndEachDownloadIsAudited() throws Exception {
        accounts();
        long woman = Seed.person("نادية", "السلاوي", "Nadia", "Slaoui", "FEMALE", 1984, null, "MA-RAB");
        long centre = Seed.centre("IT-DOC-1", "مركز الوثائق", "Centre documents IT", "MA-RAB", 34.0, -6.8);
        long caseId = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", false);
        FacesClient worker = as("agent.rabat");

        String page = worker.get(CASE + caseId).body();
        String disguised = worker.upload(CASE + caseId, page, "documents", Map.of("kind_input", "STATEMENT"), "file",
                "plainte.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "attach").body();
        assertTrue(disguised.contains("vérifiés d'après leur contenu"), "a web page named .pdf is refused");
        assertEquals(0, ItDatabase.number("select count(*) from jisr.cas_document where case_id = " + caseId));

        page = worker.get(CASE + caseId).body();
        String attached = worker.upload(CASE + caseId, page, "documents", Map.of("kind_input", "MEDICAL_CERTIFICATE"),
                "file", "certificat.pdf", PDF, "attach").body();
        assertTrue(attached.contains("certificat.pdf"), attached);
        long document = ItDatabase.number("select id from jisr.cas_document where case_id = " + caseId);
        assertEquals(PDF.length, ItDatabase.number("select length(content) from jisr.cas_document_content"
                + " where document_id = " + document));

        HttpResponse<InputStream> download = worker.submitStreaming(CASE + caseId, attached, "documents", Map.of(),
                "list:0:download");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        try (InputStream body = download.body()) {
            assertArrayEquals(PDF, body.readAllBytes(), "the same bytes come back");
        }
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'EXPORT' and record_id = '" + caseId + "' and detail like '%document " + document
                + " downloaded%'"), "the download is audited");
    }

    @Test
    void thePersonsPageShowsACaseOnlyToThoseWhoMayOpenIt() throws Exception {
        accounts();
        long woman = Seed.person("أمينة", "البقالي", "Amina", "Bakkali", "FEMALE", 1990, null, "MA-RAB");
        long centre = Seed.centre("IT-DOC-2", "مركز الشخص", "Centre personne IT", "MA-RAB", 34.0, -6.8);
        long open = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", false);
        long restricted = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", true);

        String hers = as("agent.rabat").get("people/person.xhtml?id=" + woman).body();
        assertTrue(hers.contains("FEM-IT-" + open) && hers.contains("FEM-IT-" + restricted), "her worker sees both");
        String colleague = as("agent.rabat.deux").get("people/person.xhtml?id=" + woman).body();
        assertTrue(colleague.contains("Bakkali"), "a colleague of the province reads the person");
        assertTrue(colleague.contains("FEM-IT-" + open), "and the case open to the team");
        assertFalse(colleague.contains("FEM-IT-" + restricted), "not even the existence of the restricted one");
    }

    @Test
    void twoWorkersTurningTheSameCallIntoACaseAtOnceMakeOneCaseAndTheOtherWritesNothing() throws Exception {
        accounts();
        long centre = Seed.centre("IT-CALL-1", "مركز الهاتف", "Centre téléphone IT", "MA-RAB", 34.0, -6.8);
        ItAccounts.execute("update jisr.cen_centre set type = 'LISTENING_CENTRE' where id = ?", centre);
        Seed.person("غيثة", "الحمداوي", "Ghita", "Hamdaoui", "FEMALE", 1995, null, "MA-RAB");
        Seed.person("ياسين", "التادلاوي", "Yassine", "Tadlaoui", "MALE", 2016, null, "MA-RAB");
        ItAccounts.execute("insert into jisr.wom_call (centre_id, region_code, province_code, called_at, channel,"
                + " kinds, danger, summary, recorded_at, recorded_by) values (?, 'MA-04', 'MA-RAB', ?, 'TELEPHONE_LINE',"
                + " 'PHYSICAL', true, 'Appel IT : deux intervenantes à la fois', ?, 'agent.rabat')", centre,
                LocalDateTime.now().minusHours(1), LocalDateTime.now());
        long call = ItDatabase.number("select max(id) from jisr.wom_call where centre_id = " + centre);
        FacesClient one = as("agent.rabat");
        FacesClient two = as("agent.rabat.deux");
        String pageOne = readyToSave(one, call);
        String pageTwo = readyToSave(two, call);

        List<HttpResponse<String>> answers = CaseFixtures.atOnce("select id from jisr.wom_call where id = " + call,
                () -> one.ajax("women/intake.xhtml?call=" + call, pageOne, "intake", save("agent.rabat", centre)),
                () -> two.ajax("women/intake.xhtml?call=" + call, pageTwo, "intake", save("agent.rabat.deux",
                        centre)));
        String refusal = "déjà devenu un dossier";
        assertEquals(1, answers.stream().filter(a -> a.body().contains(refusal)).count(),
                "one of them is told the call is a case already: " + answers.get(0).body() + answers.get(1).body());
        long caseId = ItDatabase.number("select case_id from jisr.wom_call where id = " + call);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_intake where call_id = " + call));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.cas_case c join jisr.ppl_person p"
                + " on p.id = c.person_id where p.last_name_lat = 'Hamdaoui'"), "no second case");
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_intake_child i join jisr.ppl_person p"
                + " on p.id = i.person_id where p.first_name_lat = 'Yassine'"), "the other's child row rolled back");
        assertEquals(caseId, ItDatabase.number("select i.case_id from jisr.wom_intake_child i join jisr.ppl_person p"
                + " on p.id = i.person_id where p.first_name_lat = 'Yassine'"));
    }

    /** The intake of the call with the woman and her son found and picked, the team chosen: one click from saving. */
    private static String readyToSave(FacesClient client, long call) throws Exception {
        String path = "women/intake.xhtml?call=" + call;
        String page = client.get(path).body();
        assertTrue(page.contains("(agent.rabat.deux)"), "the pick list offers the province's workers");
        for (String[] step : List.of(new String[] {"find", "text", "Hamdaoui"}, new String[] {"found:0:pick", null, null},
                new String[] {"findChild", "childText", "Tadlaoui"}, new String[] {"childrenFound:0:add", null, null})) {
            Map<String, String> raw = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "intake:" + step[0], "jakarta.faces.partial.render", "intake",
                    "intake:" + step[0], "intake:" + step[0]));
            raw.put("jakarta.faces.partial.execute", "intake:" + step[0] + (step[1] == null ? "" : " intake:" + step[1]));
            if (step[1] != null) {
                raw.put("intake:" + step[1], step[2]);
            }
            String answer = client.ajax(path, page, "intake", raw).body();
            assertFalse(answer.contains("ui-messages-error"), answer);
        }
        return page;
    }

    /** What the intake form posts on "open the case": every field, as the browser sends them. */
    private static Map<String, String> save(String worker, long centre) {
        Map<String, String> raw = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "intake:save", "jakarta.faces.partial.execute", "intake",
                "jakarta.faces.partial.render", "intake", "intake:save", "intake:save"));
        raw.putAll(Map.of("intake:centre_input", Long.toString(centre), "intake:intakeOn_input",
                java.time.LocalDate.now().toString(), "intake:channel_input", "TELEPHONE_LINE", "intake:kinds",
                "PHYSICAL", "intake:perpetrator_input", "HUSBAND", "intake:worker_input", worker,
                "intake:supervisor_input", "coord.rabat"));
        return raw;
    }
}
