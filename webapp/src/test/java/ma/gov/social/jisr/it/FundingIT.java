package ma.gov.social.jisr.it;

import static ma.gov.social.jisr.it.FacesClient.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Funding through the deployed WAR: a RIB change takes effect only when a second person approves it (the one
 * who asked cannot), an evaluator with a conflict of interest cannot score, a tranche waits for the approval
 * of the previous report by someone other than who entered it, and a provincial partnership officer sees only
 * the province's associations and projects.
 */
class FundingIT extends FundingBrowser {
    private static final String PAGE = "funding/association.xhtml?id=";
    /** Bank 011, city 780, account 0000123456789012, and its key. */
    private static final String RIB = "011780000012345678901296";

    @Test
    void aRibChangeTakesEffectOnlyWhenASecondPersonApprovesIt() throws Exception {
        ItAccounts.copyOf("partenariat.rabat", "partenariat.rabat.deux");
        ItDatabase.language("partenariat.rabat", "fr");
        ItDatabase.language("partenariat.rabat.deux", "fr");
        long association = association("AS-IT-RIB", "Association Riad IT", "MA-RAB", "MA-04");
        FacesClient asker = as("partenariat.rabat");

        String page = asker.get(PAGE + association).body();
        String wrongKey = asker.ajax(PAGE + association, page, "association", ask("011780000012345678901295")).body();
        assertTrue(wrongKey.contains("La clé du RIB ne correspond pas"), wrongKey);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_rib_change where association_id = "
                + association));

        String asked = asker.ajax(PAGE + association, page, "association", ask("011 780 0000123456789012 96")).body();
        assertTrue(asked.contains("attend l'approbation d'une autre personne"), asked);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_rib_change where association_id = "
                + association + " and status = 'PENDING' and rib = '" + RIB + "'"));
        String own = asker.get(PAGE + association).body();
        assertFalse(own.contains("association:changes:0:approve"), "the one who asked gets no approve button");
        assertTrue(own.contains("Une autre personne doit l'approuver"), own);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_association where id = " + association
                + " and rib is not null"), "not in force before approval");

        FacesClient second = as("partenariat.rabat.deux");
        String toApprove = second.get(PAGE + association).body();
        assertTrue(toApprove.contains("association:changes:0:approve"), "a second person may approve");
        String approved = second.ajax(PAGE + association, toApprove, "association",
                press("association:changes:0:approve", "", "association")).body();
        assertTrue(approved.contains("RIB approuvé"), approved);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_association where id = " + association
                + " and rib = '" + RIB + "'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where module = 'funding'"
                + " and record_id = '" + association + "' and username = 'partenariat.rabat' and detail like '%asked%'"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where module = 'funding'"
                + " and record_id = '" + association + "' and username = 'partenariat.rabat.deux'"
                + " and detail like '%approved%'"));
    }

    @Test
    void aProvincialOfficerSeesOnlyTheProvincesAssociationsAndTheAttemptIsAudited() throws Exception {
        ItDatabase.language("partenariat.casa", "fr");
        long rabat = association("AS-IT-RAB", "Association Chellah IT", "MA-RAB", "MA-04");
        association("AS-IT-CAS", "Association Anfa IT", "MA-CAS", "MA-06");
        FacesClient casa = as("partenariat.casa");

        String list = casa.get("funding/associations.xhtml").body();
        assertTrue(list.contains("Association Anfa IT") && !list.contains("Association Chellah IT"), list);
        HttpResponse<String> other = casa.get(PAGE + rabat);
        assertFalse(other.body().contains("Association Chellah IT"), "nothing of Rabat's association");
        assertTrue(other.body().contains("n'existe pas ou vous ne pouvez pas l'ouvrir"), other.body());
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username = 'partenariat.casa'"
                + " and action = 'ACCESS_REFUSED' and record_id = '" + rabat + "'"));
        assertEquals(403, as("agent.rabat").get("funding/associations.xhtml").statusCode(), "case workers do not");
    }

    @Test
    void anEvaluatorWhoDeclaresAConflictCannotScoreNotEvenFromAPageOpenedBefore() throws Exception {
        ItAccounts.copyOf("partenariat", "notateur.alif");
        ItDatabase.language("notateur.alif", "fr");
        long call = FundingFixtures.call("AAP-IT-CONFLIT", "CLOSED", "notateur.alif");
        long association = association("AS-IT-CONF", "Association Oasis IT", "MA-RAB", "MA-04");
        long project = FundingFixtures.project(call, association, "AAP-IT-CONFLIT-0001", "Espace Oasis", "MA-RAB",
                "MA-04", "SUBMITTED");
        FacesClient evaluator = as("notateur.alif");
        String path = "funding/scoring.xhtml?call=" + call;

        String first = evaluator.get(path).body();
        String opened = evaluator.ajax(path, first, "scoring", open()).body();
        assertTrue(opened.contains("scoring:declaration") && !opened.contains("scoring:grid:0:points"),
                "the declaration comes before any point: " + opened);
        String declared = evaluator.ajax(path, first, "scoring", declare("NONE", "")).body();
        assertTrue(declared.contains("scoring:grid:0:points"), "no conflict: the grid " + declared);

        // in a second tab she says she has a conflict after all; the first tab still shows the grid
        String second = evaluator.get(path).body();
        evaluator.ajax(path, second, "scoring", open());
        evaluator.ajax(path, second, "scoring", press("scoring:redeclare", "", "scoring:panel"));
        String noNote = evaluator.ajax(path, second, "scoring", declare("CONFLICT", " ")).body();
        assertTrue(noNote.contains(fr("funding.eval.conflictNoteRequired")), noNote);
        String locked = evaluator.ajax(path, second, "scoring", declare("CONFLICT", "Ma sœur préside l'association"))
                .body();
        assertTrue(locked.contains("scoring:locked") && !locked.contains("scoring:score"), locked);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_declaration where project_id = " + project
                + " and evaluator = 'notateur.alif' and conflict"));

        String refused = evaluator.ajax(path, first, "scoring", press("scoring:score", "scoring:grid",
                "scoring:messages scoring:projects scoring:panel", "scoring:grid:0:points_hinput", "50",
                "scoring:grid:1:points_hinput", "30")).body();
        assertTrue(refused.contains(fr("funding.eval.conflict")), refused);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.fun_score where project_id = " + project));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username = 'notateur.alif'"
                + " and action = 'ACCESS_REFUSED' and record_type = 'project' and record_id = '" + project + "'"));
    }

    @Test
    void aTrancheWaitsForThePreviousReportAndItsApprovalBySomeoneElseThanWhoEnteredIt() throws Exception {
        ItAccounts.copyOf("partenariat.rabat", "partenariat.rabat.deux");
        ItDatabase.language("partenariat.rabat", "fr");
        ItDatabase.language("partenariat.rabat.deux", "fr");
        long association = FundingFixtures.association("AS-IT-NOUR", "Association Nour IT", "MA-RAB", "MA-04", RIB);
        long call = FundingFixtures.call("AAP-IT-RAPPORT", "DECIDED", "partenariat");
        long project = FundingFixtures.project(call, association, "AAP-IT-RAPPORT-0001", "Crèche Nour", "MA-RAB",
                "MA-04", "SELECTED");
        long agreement = FundingFixtures.activeAgreement(project, "CV-IT-RAPPORT", RIB);
        FacesClient officer = as("partenariat.rabat");
        String path = "funding/agreement.xhtml?id=" + agreement;

        String noReport = officer.get(path).body();
        assertTrue(noReport.contains(fr("notPayable.PREVIOUS_REPORT_MISSING")), noReport);
        assertFalse(noReport.contains("agreement:tranches:1:payable"), "the second tranche is not payable yet");
        long report = FundingFixtures.submittedReport(FundingFixtures.tranche(agreement, 1), "partenariat.rabat");
        String waiting = officer.get(path).body();
        assertTrue(waiting.contains(fr("notPayable.PREVIOUS_REPORT_NOT_APPROVED")), waiting);

        String reportPath = "funding/report.xhtml?id=" + report;
        String own = officer.get(reportPath).body();
        assertTrue(own.contains(fr("funding.report.ownReport")) && !own.contains("report:approve"), own);
        FacesClient reviewer = as("partenariat.rabat.deux");
        String approved = reviewer.ajax(reportPath, reviewer.get(reportPath).body(), "report", approve()).body();
        assertTrue(approved.contains(fr("report.approvedDone")), approved);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.fun_report where id = " + report
                + " and status = 'APPROVED' and reviewed_by = 'partenariat.rabat.deux'"));

        String payable = officer.get(path).body();
        assertTrue(payable.contains("agreement:tranches:1:payable"), payable);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username ="
                + " 'partenariat.rabat.deux' and record_type = 'report' and record_id = '" + report
                + "' and detail like 'APPROVED%'"));
    }

    @Test
    void aProvincialOfficerSeesOnlyTheProvincesProjects() throws Exception {
        ItDatabase.language("partenariat.casa", "fr");
        long call = FundingFixtures.call("AAP-IT-TERR", "CLOSED", "partenariat");
        long inCasa = association("AS-IT-TCAS", "Association Derb IT", "MA-CAS", "MA-06");
        long inRabat = association("AS-IT-TRAB", "Association Oudaya IT", "MA-RAB", "MA-04");
        FundingFixtures.project(call, inCasa, "AAP-IT-TERR-0001", "Espace Derb Ghallef", "MA-CAS", "MA-06",
                "SUBMITTED");
        long rabat = FundingFixtures.project(call, inRabat, "AAP-IT-TERR-0002", "Espace Oudayas", "MA-RAB", "MA-04",
                "SUBMITTED");
        FacesClient casa = as("partenariat.casa");

        String list = casa.get("funding/call.xhtml?id=" + call).body();
        assertTrue(list.contains("Espace Derb Ghallef") && !list.contains("Espace Oudayas"), list);
        assertFalse(list.contains("جمعية Association Derb IT"), "the French name on a French page");
        ItDatabase.language("partenariat.casa", "ar");
        String arabic = casa.get("funding/call.xhtml?id=" + call).body();
        assertTrue(arabic.contains("جمعية Association Derb IT"), "the Arabic name for an Arabic reader: " + arabic);
        ItDatabase.language("partenariat.casa", "fr");
        String other = casa.get("funding/project.xhtml?id=" + rabat).body();
        assertFalse(other.contains("Espace Oudayas"), "nothing of Rabat's project");
        assertTrue(other.contains(fr("funding.project.notFound")), other);
        assertEquals(1, ItDatabase.number("select count(*) from jisr.plt_audit_event where username = 'partenariat.casa'"
                + " and action = 'ACCESS_REFUSED' and record_type = 'project' and record_id = '" + rabat + "'"));
    }

    @Test
    void aCallIsPublishedScoredAndDecidedAndItsAgreementSignedOnTheScreens() throws Exception {
        for (String account : List.of("chargee.appels", "notateur.ba", "notateur.jim")) {
            ItAccounts.copyOf("partenariat", account);
            ItDatabase.language(account, "fr");
        }
        FundingFixtures.association("AS-IT-SAFA", "Association Safa IT", "MA-RAB", "MA-04", RIB);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Africa/Casablanca")).withSecond(0).withNano(0);
        logInInFrench("chargee.appels");
        draftCall("AAP-IT-ECRAN", now.minusDays(10).withHour(9).withMinute(0), now.plusDays(20), "notateur.ba",
                "notateur.jim");
        assertEquals(fr("call.DRAFT"), text("call:status"));
        confirmed("call:publish", "call:confirm-yes");
        waiting().until(ExpectedConditions.textToBe(By.id("call:status"), fr("call.PUBLISHED")));
        String callPage = browser.getCurrentUrl();

        enterProject("Safa IT", "Espace famille Safa", now.minusHours(2));
        assertEquals("AAP-IT-ECRAN-0001", text("project:reference"));
        assertEquals(fr("project.status.SUBMITTED"), text("project:status"));
        browser.get(callPage);
        confirmed("call:close", "call:confirm-yes");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"),
                fr("funding.call.stillOpen")));
        // the window ends twenty days from now: the test moves its end rather than wait for it
        ItAccounts.execute("update jisr.fun_call set closes_at = ? where reference = 'AAP-IT-ECRAN'", now.minusMinutes(1));
        browser.get(callPage);
        confirmed("call:close", "call:confirm-yes");
        waiting().until(ExpectedConditions.textToBe(By.id("call:status"), fr("call.CLOSED")));

        browser.manage().deleteAllCookies();
        logInInFrench("notateur.ba");
        browser.get(callPage);
        score("50", "35");
        assertEquals("85 / 100", text("scoring:projects:0:myTotal"));
        browser.manage().deleteAllCookies();
        logInInFrench("notateur.jim");
        browser.get(callPage);
        declare(1, "Je suis membre du bureau de l'association");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("scoring:locked")));

        browser.manage().deleteAllCookies();
        logInInFrench("chargee.appels");
        browser.get(callPage);
        clickAndWait("call:ranking", "ranking.xhtml");
        confirmed("ranking:finish", "ranking:confirm-yes");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking:callStatus"),
                fr("call.EVALUATED")));
        assertEquals(fr("ranking.inSelection"), text("ranking:list:0:inSelection"));
        confirmed("ranking:decide", "ranking:confirm-yes");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking:frozen")));

        clickAndWait("ranking:list:0:project", "project.xhtml");
        assertEquals(fr("project.status.SELECTED"), text("project:status"));
        clickAndWait("project:draftAgreement", "agreementDraft.xhtml");
        number("draft:amountGranted_input", "240000");
        date("draft:startsOn_input", now.toLocalDate().toString());
        date("draft:endsOn_input", now.toLocalDate().plusYears(2).toString());
        type("draft:ministrySignatory", "Directrice de la famille");
        type("draft:associationSignatory", "Présidente de l'association Safa");
        type("draft:conditions", "Seconde tranche après approbation du rapport à mi-parcours.");
        clickAndWait("draft:save", "agreement.xhtml");
        assertEquals(fr("agreement.DRAFT"), text("agreement:status").strip());

        assertEquals(LocalDate.now().toString(), browser.findElement(By.id("agreement:signDate_input"))
                .getAttribute("value"), "signed today unless said otherwise");
        confirmed("agreement:sign", "agreement:confirm-yes");
        waiting().until(ExpectedConditions.textToBe(By.id("agreement:status"), fr("agreement.ACTIVE")));
        assertTrue(browser.findElement(By.id("agreement:tranches:0:payable")).isDisplayed(), "60 % on signature");
        assertTrue(text("agreement:tranches:1:blockers").contains(fr("notPayable.PREVIOUS_REPORT_MISSING")));
        assertEquals(List.of("ACTIVE " + RIB + " 240000.00"), ItDatabase.column("select concat(a.status, ' ', a.rib,"
                + " ' ', sum(t.amount)) from jisr.fun_agreement a join jisr.fun_tranche t on t.agreement_id = a.id"
                + " join jisr.fun_project p on p.id = a.project_id where p.reference = 'AAP-IT-ECRAN-0001'"
                + " group by a.id"));
        screenshot("agreement-signed-fr");
    }

    private static Map<String, String> open() {
        return press("scoring:projects:0:open", "", "scoring:panel scoring:projects");
    }

    private static Map<String, String> declare(String declaration, String note) {
        return press("scoring:declare", "scoring:declaration scoring:conflictNote",
                "scoring:messages scoring:projects scoring:panel", "scoring:declaration", declaration,
                "scoring:conflictNote", note);
    }

    private static Map<String, String> approve() {
        return press("report:approve", "report:reviewNote", "report", "report:reviewNote", "Dépenses justifiées");
    }

    private static Map<String, String> ask(String rib) {
        return press("association:askRib", "association:newRib association:ribReason", "association",
                "association:newRib", rib, "association:ribReason", "Changement de banque de l'association");
    }

    /** What PrimeFaces sends for a pressed command button: the button, what it processes, what it renders. */
    private static long association(String registration, String name, String province, String region)
            throws Exception {
        return FundingFixtures.association(registration, name, province, region, null);
    }
}
