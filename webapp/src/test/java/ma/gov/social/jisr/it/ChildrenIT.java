package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The children's module on the kernel, through the deployed WAR: a woman's case refers her child, the
 * referral lands in the social-assistance team's inbox of her province (and in no other team's), carrying
 * only what its purpose needs, and once accepted its outcome shows on the woman's case; the last place of a
 * family is taken once; a restricted case stays with its handlers; the committee and the report keep their
 * rights; and in the browser, a child goes from identification to a life project that shows its placement.
 */
class ChildrenIT extends InBrowser {
    private static final String WOMAN_CASE = "women/case.xhtml?id=";
    private static final String CHILD_CASE = "children/case.xhtml?id=";

    private static void accounts() throws Exception {
        ItAccounts.copyOf("agent.rabat", "enfance.social");
        ItAccounts.copyOf("agent.rabat", "enfance.info");
        for (String user : new String[] {"agent.rabat", "enfance.social", "enfance.info"}) {
            ItDatabase.language(user, "fr");
        }
        ItAccounts.execute("insert ignore into jisr.cas_team_member (module, province_code, team, username, region_code,"
                + " added_at, added_by) values ('children', 'MA-RAB', 'SOCIAL_ASSISTANCE', 'enfance.social', 'MA-04',"
                + " now(), 'it'), ('children', 'MA-RAB', 'INFORMATION', 'enfance.info', 'MA-04', now(), 'it')");
    }

    @Test
    void aWomansChildReferredLandsInTheSocialAssistanceTeamsInboxOnlyWithItsFields() throws Exception {
        accounts();
        long woman = Seed.person("خديجة", "البقالي", "Khadija", "Bakkali", "FEMALE", 1987, null, "MA-RAB");
        long child = Seed.person("ياسين", "البقالي", "Yassine", "Bakkali", "MALE", 2016, null, "MA-RAB");
        long centre = Seed.centre("IT-ENF-1", "مركز الإنصات 9", "Centre d'écoute 9", "MA-RAB", 34.0, -6.8);
        long womanCase = CaseFixtures.womanCase(woman, centre, "agent.rabat", "coord.rabat", false);
        ItAccounts.execute("insert into jisr.wom_intake_child (case_id, person_id) values (?, ?)", womanCase, child);

        FacesClient worker = as("agent.rabat");
        String page = worker.get(WOMAN_CASE + womanCase).body();
        assertTrue(page.contains("Yassine"), "her child is offered as the referral's subject");
        HttpResponse<String> refused = sendToChildren(worker, womanCase, page, child);
        assertTrue(refused.body().contains("Aucun consentement"), "no referral without consent: " + refused.body());
        assertEquals(0, count("select count(*) from jisr.cas_referral where case_id = ?", womanCase));

        ItAccounts.execute("insert into jisr.cas_consent (case_id, purpose, basis, given_by, given_on, recorded_at,"
                + " recorded_by) values (?, 'SHARE_WITH_SOCIAL_SERVICES', 'CONSENT', 'PERSON', ?, ?, 'it')", womanCase,
                LocalDate.now(), LocalDateTime.now());
        page = worker.get(WOMAN_CASE + womanCase).body();
        sendToChildren(worker, womanCase, page, child);
        assertEquals(1, count("select count(*) from jisr.cas_referral where case_id = ? and target_module = 'children'"
                + " and target_team = 'SOCIAL_ASSISTANCE' and subject_person_id = ? and province_code = 'MA-RAB'",
                womanCase, child), "the referral is about the child, for the social-assistance team of Rabat");
        assertEquals(0, count("select count(*) from jisr.cas_referral_field f join jisr.cas_referral r on r.id ="
                + " f.referral_id where r.case_id = ? and f.field in ('NATIONAL_ID', 'PHONE')", womanCase),
                "nothing the children's team does not need");

        String reference = "FEM-IT-" + womanCase;
        String social = as("enfance.social").get("children/referrals.xhtml").body();
        assertTrue(social.contains(reference) && social.contains("Yassine"), "in the social-assistance inbox: " + social);
        String info = as("enfance.info").get("children/referrals.xhtml").body();
        assertFalse(info.contains(reference), "not in the information team's inbox");
        String coordinator = as("coord.rabat").get("children/referrals.xhtml").body();
        assertTrue(coordinator.contains(reference), "the coordinator sees every team's inbox");

        long childCase = accept(as("enfance.social"), reference);
        assertEquals(1, count("select count(*) from jisr.cas_case where id = ? and module = 'children' and person_id = ?"
                + " and worker = 'enfance.social'", childCase, child), "the child's case is opened by the team");
        String womansFile = worker.get(WOMAN_CASE + womanCase).body();
        assertTrue(womansFile.contains("Suite donnée"), "the women's worker sees the outcome");
        String childReference = ItDatabase.column("select reference from jisr.cas_case where id = " + childCase)
                .get(0);
        assertTrue(womansFile.contains(childReference), "and the child's case, which she may open");
        ItAccounts.copyOf("agent.rabat", "femmes.seule");
        ItAccounts.execute("delete r from jisr.plt_user_role r join jisr.plt_user u on u.id = r.user_id where"
                + " u.username = 'femmes.seule' and r.role = 'case-worker-children'");
        ItDatabase.language("femmes.seule", "fr");
        String womenOnly = as("femmes.seule").get(WOMAN_CASE + womanCase).body();
        assertTrue(womenOnly.contains("Suite donnée"), "a women's worker without the children's role sees the"
                + " outcome: " + womenOnly.substring(0, Math.min(2000, womenOnly.length())));
        // the referral's row names the case it opened (its outcome); the linked cases open only for the allowed
        String link = "children/case.xhtml?id=" + childCase;
        assertTrue(womansFile.contains(link), "the worker with both roles gets a link to the child's case");
        assertFalse(womenOnly.contains(link), "the women-only worker gets none");
        ItAccounts.copyOf("agent.rabat", "enfance.ailleurs");
        ItAccounts.execute("update jisr.plt_user set scope_code = 'MA-CAS' where username = 'enfance.ailleurs'");
        ItDatabase.language("enfance.ailleurs", "fr");
        String outsider = as("enfance.ailleurs").get("children/case.xhtml?id=" + childCase).body();
        assertFalse(outsider.contains("Yassine"), "a worker of another province never opens the child's case");
        assertTrue(count("select count(*) from jisr.plt_audit_event where username = 'enfance.ailleurs' and action ="
                + " 'ACCESS_REFUSED'") > 0, "and the attempt is audited");
    }

    @Test
    void twoWorkersPlacingIntoAFamilysLastPlaceAtOnceTakeItOnce() throws Exception {
        ItDatabase.language("agent.rabat", "fr");
        long unit = CaseFixtures.centreOfType("IT-UPE-PL", "MA-RAB", "CHILD_PROTECTION_UNIT", 0);
        long first = CaseFixtures.childCase(Seed.person("أمين", "الرامي", "Amine", "Rami", "MALE", 2015, null,
                "MA-RAB"), unit, "agent.rabat", "coord.rabat", false);
        long second = CaseFixtures.childCase(Seed.person("سامي", "الرامي", "Sami", "Rami", "MALE", 2014, null,
                "MA-RAB"), unit, "agent.rabat", "coord.rabat", false);
        long family = 9_000_000L + first;
        ItAccounts.execute("insert into jisr.chi_foster_family (id, reference, family_name, region_code, province_code,"
                + " approved_on, approval_reference, capacity, trained_on, status, recorded_at, recorded_by) values (?,"
                + " ?, 'Famille IT', 'MA-04', 'MA-RAB', curdate(), 'AGR-IT', 1, curdate(), 'APPROVED', now(), 'it')",
                family, "FA-IT-" + family);
        ItAccounts.execute("insert into jisr.chi_holder (kind, holder_id, places, occupied) values ('FOSTER_FAMILY', ?,"
                + " 1, 0)", family);
        FacesClient one = as("agent.rabat");
        FacesClient two = as("agent.rabat");
        String pageOne = one.get(CHILD_CASE + first).body();
        String pageTwo = two.get(CHILD_CASE + second).body();
        List<HttpResponse<String>> answers = CaseFixtures.atOnce("select occupied from jisr.chi_holder where kind ="
                + " 'FOSTER_FAMILY' and holder_id = " + family,
                () -> one.ajax(CHILD_CASE + first, pageOne, "placements", placing(family)),
                () -> two.ajax(CHILD_CASE + second, pageTwo, "placements", placing(family)));
        assertEquals(1, answers.stream().filter(a -> a.body().contains("Plus aucune place libre")).count(),
                "exactly one is told there is no place left: " + answers.get(0).body() + answers.get(1).body());
        assertEquals(1, count("select occupied from jisr.chi_holder where kind = 'FOSTER_FAMILY' and holder_id = ?",
                family));
        assertEquals(1, count("select count(*) from jisr.chi_placement where holder_id = ? and ended_on is null",
                family), "one place, one child, nothing half-saved for the other");
        assertEquals(1, count("select count(*) from jisr.chi_project where case_id in (?, ?) and review_due_on is not"
                + " null", first, second), "the placed child's life project awaits a review");
    }

    @Test
    void aRestrictedChildCaseOpensOnlyForThoseWhoHandleIt() throws Exception {
        ItAccounts.copyOf("agent.rabat", "enfance.autre");
        ItDatabase.language("enfance.autre", "fr");
        long unit = CaseFixtures.centreOfType("IT-UPE-RS", "MA-RAB", "CHILD_PROTECTION_UNIT", 0);
        long restricted = CaseFixtures.childCase(Seed.person("إلهام", "السري", "Ilham", "Serri", "FEMALE", 2012, null,
                "MA-RAB"), unit, "agent.rabat", "coord.rabat", true);
        assertTrue(as("agent.rabat").get(CHILD_CASE + restricted).body().contains("Ilham"), "its worker opens it");
        assertFalse(as("enfance.autre").get(CHILD_CASE + restricted).body().contains("Ilham"),
                "another worker of the same province does not");
        assertTrue(as("agent.rabat").get("children/cases.xhtml").body().contains("ENF-IT-" + restricted),
                "its worker finds it in the list");
        assertFalse(as("enfance.autre").get("children/cases.xhtml").body().contains("ENF-IT-" + restricted),
                "the other does not");
    }

    @Test
    void onlyTheTechnicalTeamPreparesTheCommitteeAndOnlyTheInformationTeamExportsTheReport() throws Exception {
        accounts();
        ItAccounts.execute("insert ignore into jisr.cas_team_member (module, province_code, team, username,"
                + " region_code, added_at, added_by) values ('children', 'MA-RAB', 'TECHNICAL_SUPPORT', 'enfance.info',"
                + " 'MA-04', now(), 'it')");
        String path = "children/committee.xhtml?province=MA-RAB";
        FacesClient social = as("enfance.social");
        String readOnly = social.get(path).body();
        assertTrue(readOnly.contains("Lecture seule"), "the social-assistance member only reads the committee");
        FacesClient technical = as("enfance.info");
        String page = technical.get(path).body();
        technical.ajax(path, page, "committee", FacesClient.press("committee:planMeeting",
                "committee:meetsOn committee:place committee:agenda", "committee", "committee:meetsOn_input",
                LocalDate.now().plusDays(10).toString(), "committee:place", "Province de Rabat",
                "committee:agenda", "Ordre du jour IT"));
        assertEquals(1, count("select count(*) from jisr.chi_meeting where agenda = 'Ordre du jour IT' and"
                + " province_code = 'MA-RAB' and status = 'PLANNED'"), "the technical-support member plans it");
        String forged = social.ajax(path, readOnly, "committee", FacesClient.press("committee:planMeeting",
                "", "committee", "committee:meetsOn_input", LocalDate.now().toString(), "committee:place", "X",
                "committee:agenda", "Ordre du jour forgé")).body();
        assertEquals(0, count("select count(*) from jisr.chi_meeting where agenda = 'Ordre du jour forgé'"), forged);

        String report = "children/report.xhtml?province=MA-RAB";
        String shown = social.get(report).body();
        assertTrue(shown.contains("Enfants signalés"), "everyone of the module reads the report");
        HttpResponse<String> refused = social.submit(report, shown, "report", Map.of(), "excel");
        assertTrue(refused.body().contains("base de données de la province"), "no export outside the team");
        assertTrue(count("select count(*) from jisr.plt_audit_event where username = 'enfance.social' and action ="
                + " 'ACCESS_REFUSED' and record_type = 'periodic-report'") > 0, "the refusal is audited");
        String info = technical.get(report).body();
        HttpResponse<String> workbook = technical.submit(report, info, "report", Map.of(), "excel");
        assertTrue(workbook.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
                "the information team exports it");
    }

    @Test
    void aChildIdentifiedGetsAMeasureAPlacementAndALifeProjectThatShowsThem() throws Exception {
        long child = Seed.person("ريم", "الورديغي", "Rim", "Ouardighi", "FEMALE", 2013, null, "MA-RAB");
        CaseFixtures.centreOfType("IT-UPE-BR", "MA-RAB", "CHILD_PROTECTION_UNIT", 0);
        CaseFixtures.centreOfType("IT-CPE-BR", "MA-RAB", "CHILD_PROTECTION_CENTRE", 3);
        ItDatabase.language("agent.rabat", "fr");
        logInInFrench("agent.rabat");
        browser.get(app + "children/identify.xhtml");
        type("identify:text", "Ouardighi");
        browser.findElement(By.id("identify:find")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("identify:found:0:pick"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("identify:childName"), "Ouardighi"));
        chooseContaining("identify:centre", "IT-UPE-BR");
        choose("identify:source", "École");
        browser.findElement(By.cssSelector("label[for='identify:situations:2']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("identify:worker_label"),
                "agent.rabat"));
        chooseContaining("identify:supervisor", "(coord.rabat)");
        browser.findElement(By.id("identify:save")).click();
        waiting().until(ExpectedConditions.urlContains("case.xhtml"));
        long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals(child, count("select person_id from jisr.cas_case where id = ? and module = 'children'", caseId));

        tab("measures");
        choose("measures:kind", "Placement en établissement");
        choose("measures:decidedBy", "Juge des mineurs");
        type("measures:reference", "TPI-RAB/IT/1");
        date("measures:decidedOn", LocalDate.now());
        type("measures:duration_input", "12");
        date("measures:reviewOn", LocalDate.now().plusMonths(3));
        browser.findElement(By.id("measures:decide")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("measures:list"), "TPI-RAB/IT/1"));

        browser.navigate().refresh();
        tab("placements");
        choose("placements:kind", "Établissement");
        chooseContaining("placements:institution", "IT-CPE-BR");
        chooseContaining("placements:measure", "TPI-RAB/IT/1");
        date("placements:placedOn", LocalDate.now());
        browser.findElement(By.id("placements:place")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("placements:list"), "IT-CPE-BR"));

        browser.navigate().refresh();
        tab("project");
        assertTrue(text("project:reviewDue").contains("placement") || text("project:reviewDue").contains("Placement"),
                "the placement calls for a review of the life project: " + text("project:reviewDue"));
        choose("project:domain", "Éducation");
        type("project:goal", "Retour au collège en septembre");
        browser.findElement(By.id("project:addGoal")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("project:goals"),
                "Retour au collège"));
        String serving = text("serving");
        assertTrue(serving.contains("TPI-RAB/IT/1") && serving.contains("IT-CPE-BR"),
                "the life project shows the measure and the placement that serve it: " + serving);
        screenshot("children", "life-project");
        assertEquals(1, count("select occupied from jisr.chi_holder h join jisr.cen_centre c on c.id = h.holder_id"
                + " where h.kind = 'INSTITUTION' and c.code = 'IT-CPE-BR'"));
    }

    /** What the placements tab's "place" button posts: the family, today. */
    private static Map<String, String> placing(long family) {
        return FacesClient.press("placements:place", "placements", "placements", "placements:kind_input",
                "FOSTER_FAMILY", "placements:family_input", Long.toString(family), "placements:placedOn_input",
                LocalDate.now().toString());
    }

    /** Answers the referral of the inbox row showing {@code reference}: accepted into a unit of the province. */
    private static long accept(FacesClient team, String reference) throws Exception {
        long unit = CaseFixtures.centreOfType("IT-UPE-A", "MA-RAB", "CHILD_PROTECTION_UNIT", 0);
        String path = "children/referrals.xhtml";
        String inbox = team.get(path).body();
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(reference),
                Pattern.DOTALL).matcher(inbox);
        assertTrue(row.find(), "the referral is in the inbox");
        team.ajax(path, inbox, "referrals", FacesClient.press("referrals:inbox:" + row.group(1) + ":answer", "",
                "referrals"));
        team.ajax(path, inbox, "referrals", Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source",
                "referrals:centre", "jakarta.faces.partial.execute", "referrals:centre", "jakarta.faces.partial.render",
                "referrals:team", "jakarta.faces.behavior.event", "valueChange", "jakarta.faces.partial.event",
                "change", "referrals:centre_input", Long.toString(unit)));
        String answer = team.ajax(path, inbox, "referrals", FacesClient.press("referrals:accept", "referrals",
                "referrals", "referrals:centre_input", Long.toString(unit), "referrals:worker_input", "enfance.social",
                "referrals:supervisor_input", "coord.rabat")).body();
        assertTrue(answer.contains("redirect") || answer.contains("acceptée"), "accepted: " + answer);
        return count("select coalesce(max(received_case_id), 0) from jisr.cas_referral r join jisr.cas_case c on"
                + " c.id = r.case_id where c.reference = ? and r.status = 'ACTED'", reference);
    }

    /** The referrals tab: choose "another social team" (ajax, as the page does), then send to the children's. */
    private static HttpResponse<String> sendToChildren(FacesClient worker, long caseId, String page, long child)
            throws Exception {
        worker.ajax(WOMAN_CASE + caseId, page, "referrals", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "referrals:target", "jakarta.faces.partial.execute", "referrals:target",
                "jakarta.faces.partial.render", "referrals:where referrals:carries", "jakarta.faces.behavior.event",
                "change", "jakarta.faces.partial.event", "change", "referrals:target_input", "MODULE"));
        return worker.ajax(WOMAN_CASE + caseId, page, "referrals", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "referrals:send", "jakarta.faces.partial.execute", "referrals",
                "jakarta.faces.partial.render", "referrals", "referrals:send", "referrals:send",
                "referrals:target_input", "MODULE", "referrals:targetModule_input", "children",
                "referrals:subject_input", Long.toString(child), "referrals:dueOn_input",
                LocalDate.now().plusDays(7).toString(), "referrals:reason", "Enfant exposé aux violences au foyer"));
    }
}
