package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The women's team at work in a real browser: a listening call turned into a case (the link kept), a
 * referral from another team accepted from the inbox (a new case, the sender sees it) or refused with a
 * reason, and the case handed to another supervisor from the pick list.
 */
class WomenTeamScreensIT extends WomenBrowser {
    @Test
    void aListeningCallBecomesACaseAndKeepsTheLink() throws Exception {
        fixtures();
        Seed.person("كريمة", "الودغيري", "Karima", "Oudghiri", "FEMALE", 1991, null, "MA-RAB");
        logInInFrench(WORKER);
        browser.get(app + "women/calls.xhtml");
        chooseContaining("call:centre", "Riad IT");
        browser.findElement(By.cssSelector("label[for='call:kinds:1']")).click();
        String summary = "Appel anonyme IT " + System.nanoTime() + " : menaces répétées du mari";
        type("call:summary", summary);
        browser.findElement(By.id("call:record")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent:list"), summary));
        long call = ItDatabase.number("select id from jisr.wom_call where summary = '" + summary + "'");

        browser.findElement(By.xpath("//tr[td[contains(., '" + summary + "')]]//button")).click();
        waiting().until(ExpectedConditions.urlContains("call=" + call));
        assertTrue(text("intake").contains(Long.toString(call)), "the intake says which call it comes from");
        long caseId = fillIntake("Oudghiri");

        assertEquals(caseId, ItDatabase.number("select case_id from jisr.wom_call where id = " + call));
        assertEquals(call, ItDatabase.number("select call_id from jisr.wom_intake where case_id = " + caseId));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_intake where case_id = " + caseId
                + " and kinds like '%PSYCHOLOGICAL%'"), "the call's kinds of violence came with it");
        browser.get(app + "women/calls.xhtml");
        assertTrue(browser.findElement(By.xpath("//tr[td[contains(., '" + summary + "')]]")).getText()
                .contains("Ouvrir le dossier"), "the call now links to its case");
    }

    @Test
    void aReferralInTheInboxIsAcceptedAsANewCaseOrRefusedWithAReasonAndTheSenderSeesWhich() throws Exception {
        fixtures();
        long mother = Seed.person("سلمى", "السقيرج", "Salma", "Skiredj", "FEMALE", 1989, null, "MA-RAB");
        long sister = Seed.person("حسناء", "السقيرج", "Hasna", "Skiredj", "FEMALE", 1993, null, "MA-RAB");
        long listening = Seed.centre("WOM-IT-SEND", "مركز الإنصات المرسل", "Centre d'écoute expéditeur IT", "MA-RAB",
                34.0, -6.8);
        long sending = CaseFixtures.womanCase(mother, listening, "agent.rabat", "coord.rabat", false);
        long accepted = referral(sending, mother);
        long otherSending = CaseFixtures.womanCase(sister, listening, "agent.rabat", "coord.rabat", false);
        long refused = referral(otherSending, sister);
        logInInFrench(WORKER);

        answer(sending);
        chooseContaining("referrals:centre", "Riad IT");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:worker_label"), WORKER));
        chooseContaining("referrals:supervisor", "(agent.rabat)");
        browser.findElement(By.id("referrals:accept")).click();
        // the new case has no intake yet: the team records it at once, for her, at the centre chosen
        waiting().until(ExpectedConditions.urlContains("intake.xhtml?case="));
        long newCase = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]case=(\\d+).*", "$1"));
        assertTrue(text("forCase").contains("Skiredj"), text("forCase"));
        chooseContaining("intake:channel", "par la police");
        browser.findElement(By.cssSelector("label[for='intake:kinds:0']")).click();
        choose("intake:perpetrator", "Mari");
        browser.findElement(By.id("intake:save")).click();
        waiting().until(ExpectedConditions.urlContains("case.xhtml"));
        assertTrue(text("case-person").contains("Skiredj"), text("case-person"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_intake where case_id = " + newCase
                + " and channel = 'POLICE'"));
        assertEquals("ACTED", ItDatabase.column("select status from jisr.cas_referral where id = " + accepted).get(0));
        assertEquals(newCase, ItDatabase.number("select received_case_id from jisr.cas_referral where id = " + accepted));
        assertEquals(mother, ItDatabase.number("select person_id from jisr.cas_case where id = " + newCase));

        answer(otherSending);
        type("referrals:refusal", "Elle a quitté la province, orientée vers l'équipe de Fès");
        browser.findElement(By.id("referrals:refuse")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:messages"), "refus"));
        assertEquals("REFUSED", ItDatabase.column("select status from jisr.cas_referral where id = " + refused).get(0));
        assertTrue(ItDatabase.column("select outcome from jisr.cas_referral where id = " + refused).get(0)
                .contains("Fès"));
        screenshot("referrals-answered-fr");
    }

    @Test
    void theCaseIsHandedToAnotherSupervisorFromThePickList() throws Exception {
        fixtures();
        ItAccounts.copyOf("coord.rabat", "coord.rabat.it");
        Seed.person("مريم", "الكتاني", "Meryem", "Kettani", "FEMALE", 1986, null, "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Kettani");

        browser.findElement(By.id("team:edit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("team:supervisor")));
        chooseContaining("team:supervisor", "(coord.rabat.it)");
        browser.findElement(By.cssSelector("[id='team:restricted'] .ui-chkbox-box")).click();
        clickAndReload("team:save");
        assertTrue(browser.getPageSource().contains("coord.rabat.it"), "the file shows its new supervisor");
        assertEquals("coord.rabat.it", ItDatabase.column("select supervisor from jisr.cas_case where id = " + caseId)
                .get(0));
        assertEquals("1", ItDatabase.column("select restricted from jisr.cas_case where id = " + caseId).get(0));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where action = 'UPDATE'"
                + " and record_id = '" + caseId + "' and detail like '%supervised by coord.rabat.it%'"));
    }

    /** Opens the inbox and the answer form of the referral sent by a case. */
    private void answer(long sendingCase) {
        browser.get(app + "women/referrals.xhtml");
        browser.findElement(By.xpath("//*[@id='referrals:inbox']//tr[td[contains(., 'FEM-IT-" + sendingCase
                + "')]]//button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:answer")));
    }

    /** A referral of the case to the women's teams, on the person's consent, due in a week. */
    private static long referral(long caseId, long person) throws Exception {
        ItAccounts.execute("insert into jisr.cas_consent (case_id, purpose, basis, given_by, given_on, recorded_at,"
                + " recorded_by) values (?, 'SHARE_WITH_SOCIAL_SERVICES', 'CONSENT', 'PERSON', ?, ?, 'agent.rabat')",
                caseId, LocalDate.now(), LocalDateTime.now());
        long consent = ItDatabase.number("select max(id) from jisr.cas_consent where case_id = " + caseId);
        ItAccounts.execute("insert into jisr.cas_referral (case_id, module, target, target_module, region_code,"
                + " province_code, subject_person_id, purpose, consent_id, reason, due_on, status, sent_at, sent_by)"
                + " values (?, 'women', 'MODULE', 'women', 'MA-04', 'MA-RAB', ?, 'SHARE_WITH_SOCIAL_SERVICES', ?,"
                + " 'Hébergement demandé', ?, 'SENT', ?, 'agent.rabat')", caseId, person, consent,
                LocalDate.now().plusDays(7), LocalDateTime.now());
        return ItDatabase.number("select max(id) from jisr.cas_referral where case_id = " + caseId);
    }
}
