package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The children's module on the kernel, through the deployed WAR: a woman's case refers her child, the
 * referral lands in the social-assistance team's inbox of her province (and in no other team's), carrying
 * only what its purpose needs; a child case is refused for an adult.
 */
class ChildrenIT extends DeployedJisr {
    private static final String WOMAN_CASE = "women/case.xhtml?id=";

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
