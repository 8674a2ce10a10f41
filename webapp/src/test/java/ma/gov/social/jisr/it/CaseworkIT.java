package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The case kernel through the deployed WAR, with the women's module on it: who may open a case (territory,
 * module, restriction), break the glass, and what the audit log keeps of each attempt. Cases are written
 * straight into MariaDB ({@link CaseFixtures}); everything else goes through the pages, hence the services.
 */
class CaseworkIT extends DeployedJisr {
    private static final String CASE = "women/case.xhtml?id=";

    /** Before each test: the schema exists only once the WAR is deployed. */
    private static void accounts() throws Exception {
        ItAccounts.copyOf("agent.rabat", "agent.rabat.colleague"); // same province, same role, not assigned
        ItDatabase.language("agent.rabat", "fr");
        ItDatabase.language("agent.rabat.colleague", "fr");
        ItDatabase.language("agent.femmes", "fr");
        ItDatabase.language("coord.rabat", "fr");
    }

    @Test
    void aWorkerOfAnotherTerritoryAndAnUnassignedColleagueOfARestrictedCaseGetNothingAndAreAudited() throws Exception {
        accounts();
        long woman = Seed.person("حياة", "المرابط", "Hayat", "Mrabet", "FEMALE", 1988, null, "MA-RAB");
        long centre = Seed.centre("IT-ECO-1", "مركز الإنصات 1", "Centre d'écoute 1", "MA-RAB", 34.0, -6.8);
        long open = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", false);
        long restricted = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", true);

        String elsewhere = opened(as("agent.femmes"), open);
        assertTrue(elsewhere.contains("existe pas ou vous ne pouvez pas"), elsewhere);
        assertFalse(elsewhere.contains("Mrabet") || elsewhere.contains("FEM-IT-" + open), "nothing of the case");
        assertEquals(1, refusals("agent.femmes", open), "the attempt from Casablanca is audited");

        FacesClient colleague = as("agent.rabat.colleague");
        String notTheirs = opened(colleague, restricted);
        assertFalse(notTheirs.contains("Mrabet") || notTheirs.contains("FEM-IT-" + restricted), notTheirs);
        assertFalse(notTheirs.contains("id=\"glass\""), "a worker cannot break the glass");
        assertEquals(1, refusals("agent.rabat.colleague", restricted), "the restricted case's refusal is audited");
        String openToColleague = colleague.get(CASE + open).body();
        assertTrue(openToColleague.contains("FEM-IT-" + open), "a colleague of the province reads an open case");

        String mine = as("agent.rabat").get(CASE + restricted).body();
        assertTrue(mine.contains("Mrabet") && mine.contains("FEM-IT-" + restricted), "her worker opens it");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'agent.rabat'"
                + " and action = 'READ_PERSONAL_DATA' and record_id = ?", Long.toString(restricted)));
    }

    @Test
    void aSupervisorOpensARestrictedCaseOnlyByWritingWhyAndTheAuditLogFlagsIt() throws Exception {
        accounts();
        long woman = Seed.person("سناء", "الفيلالي", "Sanaa", "Filali", "FEMALE", 1992, null, "MA-RAB");
        long centre = Seed.centre("IT-ECO-2", "مركز الإنصات 2", "Centre d'écoute 2", "MA-RAB", 34.0, -6.8);
        long restricted = CaseFixtures.womanCase(woman, centre, "agent.rabat", "agent.rabat", true);
        FacesClient coordinator = as("coord.rabat");
        String asked = coordinator.get(CASE + restricted).body();
        assertTrue(asked.contains("id=\"glass\""), "the break-the-glass form is offered: " + asked);
        assertFalse(asked.contains("Filali"), "and nothing of the case before");

        HttpResponse<String> tooShort = coordinator.submit(CASE + restricted, asked, "glass",
                Map.of("reason", "urgence"), "open");
        assertFalse(tooShort.body().contains("Filali"), "a reason of a word opens nothing");
        assertEquals(0, count("select count(*) from jisr.plt_audit_event where action = 'BREAK_GLASS'"
                + " and record_id = ?", Long.toString(restricted)));

        String reason = "Appel de la police : danger immédiat signalé cette nuit";
        HttpResponse<String> opened = coordinator.submit(CASE + restricted, asked, "glass", Map.of("reason", reason),
                "open");
        String page = opened.statusCode() == 302 ? coordinator.get(CASE + restricted).body() : opened.body();
        assertTrue(page.contains("Filali") && page.contains("FEM-IT-" + restricted), page);
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'coord.rabat'"
                + " and action = 'BREAK_GLASS' and record_id = ? and detail like ?", Long.toString(restricted),
                "%" + reason + "%"));
    }

    @Test
    void twoWorkersAdmittingIntoTheLastBedAtOnceFillItOnceAndTheOtherIsToldItIsFull() throws Exception {
        accounts();
        long shelter = CaseFixtures.shelter("IT-HEB-1", "MA-RAB", 1);
        long first = CaseFixtures.womanCase(Seed.person("نوال", "الشرقاوي", "Nawal", "Cherkaoui", "FEMALE", 1985,
                null, "MA-RAB"), shelter, "agent.rabat", "coord.rabat", false);
        long second = CaseFixtures.womanCase(Seed.person("وفاء", "الزموري", "Wafae", "Zemmouri", "FEMALE", 1990,
                null, "MA-RAB"), shelter, "agent.rabat", "coord.rabat", false);
        ItAccounts.execute("insert into jisr.wom_shelter (centre_id, region_code, province_code, beds, occupied)"
                + " values (?, 'MA-04', 'MA-RAB', 1, 0)", shelter);
        FacesClient one = as("agent.rabat");
        FacesClient two = as("agent.rabat");
        String pageOne = one.get(CASE + first).body();
        String pageTwo = two.get(CASE + second).body();
        List<HttpResponse<String>> answers = CaseFixtures.atOnce(
                "select centre_id from jisr.wom_shelter where centre_id = " + shelter,
                () -> one.ajax(CASE + first, pageOne, "shelter", admission(shelter, false)),
                () -> two.ajax(CASE + second, pageTwo, "shelter", admission(shelter, false)));
        long full = answers.stream().filter(a -> a.body().contains("est complet")).count();
        assertEquals(1, full, "exactly one is told the shelter is full: " + answers.get(0).body());
        assertEquals(1, count("select occupied from jisr.wom_shelter where centre_id = ?", shelter));
        assertEquals(1, count("select count(*) from jisr.wom_stay where centre_id = ? and discharged_on is null",
                shelter), "one bed, one woman");

        boolean firstGotIt = count("select count(*) from jisr.wom_stay where case_id = ?", first) == 1;
        FacesClient waiting = firstGotIt ? two : one;
        long waitingCase = firstGotIt ? second : first;
        String page = waiting.get(CASE + waitingCase).body();
        String listed = waiting.ajax(CASE + waitingCase, page, "shelter", admission(shelter, true)).body();
        assertFalse(listed.contains("est complet"), listed);
        assertEquals(1, count("select count(*) from jisr.wom_waiting where case_id = ? and status = 'WAITING'",
                waitingCase), "she waits for the bed instead");
        assertEquals(1, count("select occupied from jisr.wom_shelter where centre_id = ?", shelter));
    }

    /** What the shelter tab's "admit" button posts. */
    private static Map<String, String> admission(long shelter, boolean waitIfFull) {
        Map<String, String> raw = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "shelter:admit", "jakarta.faces.partial.execute", "shelter",
                "jakarta.faces.partial.render", "shelter", "shelter:admit", "shelter:admit", "shelter", "shelter",
                "shelter:shelterId_input", Long.toString(shelter), "shelter:admitOn_input",
                LocalDate.now().toString()));
        if (waitIfFull) {
            raw.put("shelter:waitIfFull_input", "on");
        }
        return raw;
    }

    /** The case page, or the page a refusal sends the caller to (the case list, saying why). */
    private static String opened(FacesClient client, long caseId) throws Exception {
        HttpResponse<String> page = client.get(CASE + caseId);
        if (page.statusCode() == 302) {
            String to = page.headers().firstValue("Location").orElseThrow();
            return client.get(to.substring(to.indexOf("women/"))).body();
        }
        return page.body();
    }

    private static long refusals(String username, long caseId) throws Exception {
        return count("select count(*) from jisr.plt_audit_event where username = ? and action = 'ACCESS_REFUSED'"
                + " and record_id = ?", username, Long.toString(caseId));
    }
}
