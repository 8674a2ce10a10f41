package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The upgrade programme in a real browser: from opening a year to approving its plan and ordering works. */
class UpgradeScreensIT extends InBrowser {
    private void typeNumber(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    @Test
    void anAdministratorOpensAYearRunsThePlanningReviewsAndApprovesThePlan() throws Exception {
        for (int i = 0; i < 6; i++) {
            long id = Seed.centre("UPS-GUF-" + i, "مركز " + i, "Centre Guercif " + i, "MA-GUF", 34.2, -3.3);
            Seed.inspected(id, 15 + i);
        }
        logInInFrench("admin");
        browser.findElement(By.linkText("Mise à niveau des centres")).click();
        browser.findElement(By.id("programmes:open-year")).click();
        typeNumber("year:programmeYear_input", "2031");
        typeNumber("year:target_input", "3");
        typeNumber("year:minPerRegion_input", "0");
        typeNumber("year:budget_input", "5000000");
        browser.findElement(By.id("year:save")).click();

        waiting().until(ExpectedConditions.urlContains("programme.xhtml"));
        assertEquals("Ouvert, pas encore de plan", text("programme:status"));
        browser.findElement(By.id("programme:run-job")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBe(By.id("programme:status"), "Projet à revoir"));
        String report = text("programme:regions");
        assertTrue(report.contains("Oriental"), report);

        browser.findElement(By.linkText(ItDatabase.column("select name_fr from jisr.plt_region where code = 'MA-02'")
                .get(0))).click();
        waiting().until(ExpectedConditions.urlContains("regionPlan.xhtml"));
        String plan = text("plan:chosen");
        assertTrue(plan.contains("UPS-GUF-0"), "the worst condition comes first: " + plan);
        browser.findElement(By.id("plan:back")).click();

        for (List<WebElement> submits = browser.findElements(By.cssSelector("button[id$=':submit']"));
             !submits.isEmpty(); submits = browser.findElements(By.cssSelector("button[id$=':submit']"))) {
            String id = submits.get(0).getAttribute("id");
            submits.get(0).click();
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
        }
        browser.findElement(By.id("programme:approve")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("programme:confirm-yes"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("programme:status"), "Approuvé"));
        assertEquals(0, browser.findElements(By.id("programme:run-job")).size(), "an approved plan is frozen");

        browser.get(app + "upgrades/regionPlan.xhtml?year=2031&region=MA-02");
        browser.findElements(By.cssSelector("a[id$=':works']")).get(0).click();
        waiting().until(ExpectedConditions.urlContains("works.xhtml"));
        type("works:contractor", "Société Atlas Travaux");
        browser.findElement(By.id("works:advance")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("works:status"), "Commandés"));

        browser.get(app + "upgrades/dashboard.xhtml?year=2031");
        String dashboard = text("dashboard:regions");
        assertTrue(dashboard.contains("National"), dashboard);
        assertEquals(2, browser.findElements(By.cssSelector(".jisr-charts canvas")).size(), "two charts");
    }
}
