package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The centres and persons registries in a real browser: lists, forms, duplicate warnings, imports. */
class RegistryScreensIT extends InBrowser {
    private static final String HEADER = "code,name_ar,name_fr,type,province,area,managing_body,status,latitude,longitude\n";

    private void upload(String csv) throws Exception {
        Path file = Files.createTempFile("centres", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.get(app + "platform/imports/import.xhtml?module=centres");
        browser.findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:start")).click();
    }

    @Test
    void aCentreFileWithABadLineIsRefusedWithItsLineNumberThenTheFixedFileIsImported() throws Exception {
        logInInFrench("admin.rabat");
        String good = "BRW-IMP-1,مركز الاستماع حسان,Centre d'écoute Hassan,LISTENING_CENTRE,MA-RAB,URBAN,MINISTRY,OPEN,34.02,-6.83\n";
        upload(HEADER + good + "BRW-IMP-2,نادي,Club,NOT_A_TYPE,MA-RAB,URBAN,MINISTRY,OPEN,34.01,-6.84\n");

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rejected")));
        String problems = text("follow:problems");
        assertTrue(problems.contains("3") && problems.contains("NOT_A_TYPE"), problems);
        assertEquals(0, ItDatabase.number("select count(*) from jisr.cen_centre where code like 'BRW-IMP-%'"),
                "nothing is saved from a file with a bad line");

        upload(HEADER + good);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("follow:doneText")));
        browser.get(app + "centres/centres.xhtml");
        assertTrue(text("centres:list").contains("BRW-IMP-1"), text("centres:list"));
    }

    @Test
    void anInspectedCentreShowsItsConditionInTheListAndItsPositionOnTheMap() throws Exception {
        long rabat = Seed.centre("BRW-RAB-1", "فضاء متعدد الوظائف أكدال", "Espace Agdal", "MA-RAB", 34.00, -6.85);
        Seed.centre("BRW-CAS-1", "فضاء متعدد الوظائف أنفا", "Espace Anfa", "MA-CAS", 33.59, -7.63);
        logInInFrench("admin.rabat");

        browser.get(app + "centres/centres.xhtml");
        String list = text("centres:list");
        assertTrue(list.contains("BRW-RAB-1"), list);
        assertFalse(list.contains("BRW-CAS-1"), "a Casablanca centre is outside Rabat: " + list);
        browser.findElement(By.linkText("BRW-RAB-1")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("condition"), "Non inspecté"));

        browser.findElement(By.id("inspect")).click();
        type("inspection:inspector", "Karima Tazi");
        List<WebElement> scores = browser.findElements(By.cssSelector("input[id$=':score_input']"));
        assertEquals(5, scores.size());
        for (WebElement score : scores) {
            score.sendKeys("40");
        }
        browser.findElement(By.id("inspection:save")).click();
        waiting().until(ExpectedConditions.urlContains("centre.xhtml"));
        assertEquals("Mauvais", text("condition"), "a mean score of 40 is a poor condition");
        assertTrue(text("messages").contains("Inspection enregistrée."), text("messages"));

        browser.get(app + "centres/centres.xhtml");
        assertTrue(text("centres:list").contains("Mauvais"), text("centres:list"));

        browser.get(app + "centres/centreMap.xhtml?province=MA-RAB");
        // the integration tests share one database: other classes' centres of Rabat are on the map too
        assertEquals(ItDatabase.number("select count(*) from jisr.cen_centre where province_code = 'MA-RAB'"
                + " and latitude is not null"), browser.findElements(By.cssSelector("#centre-map circle")).size(),
                "every positioned centre of Rabat, and only those");
        assertTrue(text("map:points").contains("BRW-RAB-1"), text("map:points"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.cen_inspection where centre_id = " + rabat));
    }

    @Test
    void creatingSomeoneWhoLooksRegisteredShowsTheCandidateAndConfirmingCreatesANewPerson() throws Exception {
        Seed.person("محمد", "بناني", "Mohamed", "Bennani", "MALE", 1990, null, "MA-RAB");
        long child = Seed.person("آدم", "بناني", "Adam", "Benani", "MALE", 2019, null, "MA-RAB");
        logInInFrench("agent.rabat");

        browser.get(app + "people/personEdit.xhtml");
        type("person:firstNameAr", "امحمد");
        type("person:lastNameAr", "بناني");
        type("person:firstNameLatin", "Mhamed");
        type("person:lastNameLatin", "Benani");
        browser.findElement(By.cssSelector("label[for='person:sex:1']")).click();
        type("person:birthYear_input", "1991");
        browser.findElement(By.id("person:save")).click();

        String candidates = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("person:candidates")))
                .getText();
        assertTrue(candidates.contains("Bennani") && candidates.contains("Nom proche"), candidates);
        browser.findElement(By.cssSelector("[id='person:confirmed'] .ui-chkbox-box")).click();
        browser.findElement(By.id("person:save")).click();
        waiting().until(ExpectedConditions.urlContains("person.xhtml"));
        assertTrue(text("person-name").contains("Benani Mhamed"), text("person-name"));
        String father = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.get(app + "people/person.xhtml?id=" + child);
        type("person:guardianId_input", father);
        choose("person:relation", "Père");
        browser.findElement(By.id("person:addGuardian")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("person:guardians"), "Mhamed"));
        assertEquals(1, ItDatabase.number("select count(*) from jisr.ppl_guardian where child_id = " + child
                + " and guardian_id = " + father));
    }

    @Test
    void thePersonsListFindsAFamilyNameSpelledAnotherWayOnlyWithinTheUsersProvince() throws Exception {
        Seed.person("يوسف", "الوزاني", "Youssef", "Ouazzani", "MALE", 1988, null, "MA-RAB");
        Seed.person("يوسف", "الوزاني", "Youssef", "Ouazzani", "MALE", 1970, null, "MA-CAS");
        logInInFrench("agent.rabat");

        browser.get(app + "people/persons.xhtml");
        type("persons:text", "Wazzani");
        // the list before the search already shows Rabat's Ouazzani: wait for the search's answer to replace it
        WebElement before = browser.findElement(By.id("persons:list"));
        browser.findElement(By.id("persons:search")).click();
        waiting().until(gone(before));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("persons:list"), "Ouazzani"));
        String list = text("persons:list");
        assertTrue(list.contains("1988") && !list.contains("1970"), "only the Rabat Youssef Ouazzani: " + list);
    }
}
