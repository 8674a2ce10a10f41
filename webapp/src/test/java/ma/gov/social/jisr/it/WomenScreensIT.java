package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The women's screens in a real browser, as a women's case worker of Rabat uses them: intake of a registered
 * woman, the risk checklist and its safety-plan rule, consent before a referral, closure, a full shelter.
 */
class WomenScreensIT extends WomenBrowser {
    @Test
    void anIntakeOfARegisteredWomanOpensHerCaseFile() throws Exception {
        fixtures();
        Seed.person("نزهة", "بنيس", "Nezha", "Bennis", "FEMALE", 1987, "AB123987", "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Bennis");

        assertTrue(text("reference").startsWith("FEM-"), text("reference"));
        assertTrue(text("case-person").contains("Bennis"), text("case-person"));
        assertEquals("Enregistré", text("step"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_intake where case_id = " + caseId));
        browser.get(app + "women/cases.xhtml");
        assertTrue(text("cases:list").contains("Bennis"), "the worker sees her name: " + text("cases:list"));
    }

    @Test
    void aRedFlagIsImmediateDangerAndTheCaseMovesOnOnlyWithASafetyPlan() throws Exception {
        fixtures();
        Seed.person("سعيدة", "بنكيران", "Saida", "Benkirane", "FEMALE", 1990, null, "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Benkirane");

        tab("risk");
        browser.findElement(By.cssSelector("label[for='risk:yes:0']")).click(); // threatened to kill: a red flag
        browser.findElement(By.id("risk:assess")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("risk:level"), "Danger immédiat"));

        moveOnRefused("fr");
        switchTo("ar");
        moveOnRefused("ar");

        tab("risk");
        type("risk:measures", "مبيت عند أختها، رقم الطوارئ 19، حقيبة جاهزة");
        browser.findElement(By.id("risk:agreePlan")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk:plans"), "حقيبة"));
        clickAndReload("steps:moveOn");
        assertEquals(ScreenWords.message("casework", "ar", "step.ASSESSED"), text("step"));
        assertEquals("ASSESSED", ItDatabase.column("select step from jisr.cas_case where id = " + caseId).get(0));
        screenshot("case-assessed-ar");
        switchTo("fr");
    }

    @Test
    void aReferralIsRefusedWithoutConsentAndSentOnceSheConsents() throws Exception {
        fixtures();
        Seed.person("ليلى", "الصقلي", "Leila", "Skalli", "FEMALE", 1985, null, "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Skalli");

        tab("referrals");
        choose("referrals:target", "Police");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:targetName")));
        type("referrals:targetName", "Commissariat Hassan");
        type("referrals:reason", "Plainte pour violences conjugales");
        browser.findElement(By.id("referrals:send")).click();
        String refused = ScreenWords.message("casework", "fr", "casework.referral.noConsent");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:messages"), refused));
        assertEquals(0, ItDatabase.number("select count(*) from jisr.cas_referral where case_id = " + caseId));

        tab("consent");
        choose("consent:purpose", "Partage avec la police ou la gendarmerie");
        browser.findElement(By.id("consent:record")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent:consents"), "En vigueur"));

        tab("referrals");
        browser.findElement(By.id("referrals:send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:messages"),
                "Orientation envoyée."));
        String list = text("referrals:list");
        assertTrue(list.contains("Police") && list.contains("Envoyée") && list.contains("Skalli"), list);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.cas_referral where case_id = " + caseId));
        screenshot("referral-sent-fr");
    }

    @Test
    void aCaseClosesWithAReason() throws Exception {
        fixtures();
        Seed.person("فاطمة", "التاهري", "Fatima", "Tahiri", "FEMALE", 1979, null, "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Tahiri");

        browser.findElement(By.id("steps:closeCase")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("steps:reason")));
        choose("steps:reason", "Objectifs atteints");
        clickAndReload("steps:confirmClose");
        assertTrue(text("steps:closed").contains("Clôturé") && text("steps:closed").contains("Objectifs atteints"),
                text("steps:closed"));
        assertEquals("CLOSED", ItDatabase.column("select step from jisr.cas_case where id = " + caseId).get(0));
        tab("history");
        assertTrue(text("history").contains("Objectifs atteints"), text("history"));
    }

    @Test
    void aFullShelterRefusesAnAdmissionThenPutsHerOnItsWaitingList() throws Exception {
        fixtures();
        Seed.person("حياة", "العمراني", "Hayat", "Amrani", "FEMALE", 1992, null, "MA-RAB");
        Seed.person("رشيدة", "الوهابي", "Rachida", "Ouahabi", "FEMALE", 1983, null, "MA-RAB");
        logInInFrench(WORKER);

        intake("Amrani");
        admit();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("shelter:messages"),
                "Elle est admise"));

        long second = intake("Ouahabi");
        admit();
        String full = ScreenWords.message("women", "fr", "women.shelter.full");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("shelter:messages"), full));
        browser.findElement(By.cssSelector("[id='shelter:waitIfFull'] .ui-chkbox-box")).click();
        browser.findElement(By.id("shelter:admit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("shelter:messages"),
                "liste d'attente, en position 1."));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.wom_waiting where status = 'WAITING' and case_id = "
                + second));

        browser.get(app + "women/shelters.xhtml");
        String board = text("shelters:board");
        assertTrue(board.contains(SHELTER) && board.contains("complet"), board);
        screenshot("shelters-fr");
    }

    /** Every women's page, read in Arabic and in French by a case worker: no English word, no message key. */
    @Test
    void everyWomenPageReadsInArabicAndInFrench() throws Exception {
        fixtures();
        Seed.person("زينب", "لحلو", "Zineb", "Lahlou", "FEMALE", 1995, null, "MA-RAB");
        logInInFrench(WORKER);
        long caseId = intake("Lahlou");
        List<String> problems = new ArrayList<>();
        for (String language : List.of("ar", "fr")) {
            switchTo(language);
            for (String page : List.of("women/cases.xhtml", "women/intake.xhtml", "women/calls.xhtml",
                    "women/supervision.xhtml", "women/referrals.xhtml", "women/shelters.xhtml", "women/dashboard.xhtml",
                    "women/case.xhtml?id=" + caseId)) {
                browser.get(app + page);
                String shown = (String) ((JavascriptExecutor) browser).executeScript(SCREEN_TEXT);
                ScreenWords.problems(shown).forEach(p -> problems.add(language + " " + page + ": " + p));
                assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
                screenshot(language + "-" + page.replaceAll("\\W+", "-"));
            }
        }
        switchTo("fr");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static final String SCREEN_TEXT = """
            const aside = Array.from(document.querySelectorAll('#language-form, [translate=no]'));
            aside.forEach(e => e.style.display = 'none');
            const parts = [document.title, document.body.innerText];
            document.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(e => {
                if (!aside.some(a => a.contains(e))) {
                    ['aria-label', 'title', 'placeholder', 'alt'].forEach(a => e.hasAttribute(a) && parts.push(e.getAttribute(a)));
                }
            });
            aside.forEach(e => e.style.display = '');
            return parts.join('\\n');""";

    private void admit() {
        tab("shelter");
        chooseContaining("shelter:shelterId", SHELTER);
        browser.findElement(By.id("shelter:admit")).click();
    }

    /** Moving the case on is refused, with the module's message in the page's language. */
    private void moveOnRefused(String language) {
        clickAndReload("steps:moveOn");
        String expected = ScreenWords.message("women", language, "women.step.safetyPlanRequired");
        String shown = text("steps:messages");
        assertTrue(shown.contains(expected), language + ": expected \"" + expected + "\", shown \"" + shown + "\"");
        assertEquals(ScreenWords.message("casework", language, "step.REGISTERED"), text("step"));
    }
}
