package ma.gov.social.jisr.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the women's browser tests share: a case worker of Rabat, her centre and shelter, an intake, the tabs. */
abstract class WomenBrowser extends InBrowser {
    static final String WORKER = "women.worker.it";
    static final String SHELTER = "Maison Amal IT";
    private static long centre;

    static synchronized void fixtures() throws Exception {
        if (centre == 0) {
            WomenFixtures.caseWorker(WORKER);
            centre = Seed.centre("WOM-ECOUTE", "مركز الاستماع الرياض", "Centre d'écoute Riad IT", "MA-RAB", 34.0, -6.86);
            WomenFixtures.shelter("WOM-IT-SH", "دار الأمل", SHELTER, "MA-RAB", 1);
        }
        ItDatabase.language(WORKER, "fr");
    }

    /** The intake of a woman registered in Rabat, found by her family name; returns the case opened. */
    long intake(String familyName) {
        browser.get(app + "women/intake.xhtml");
        return fillIntake(familyName);
    }

    /** Fills the intake page shown (from a call, its facts already there) and opens the case. */
    long fillIntake(String familyName) {
        type("intake:text", familyName);
        browser.findElement(By.id("intake:find")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("intake:found:0:pick"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:womanName"), familyName));
        chooseContaining("intake:centre", "Riad IT");
        chooseContaining("intake:channel", "elle-même");
        browser.findElement(By.cssSelector("label[for='intake:kinds:0']")).click();
        choose("intake:perpetrator", "Mari");
        // the pick lists follow the centre: the worker is the caller, the supervisor one of the province's staff
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:worker_label"), WORKER));
        chooseContaining("intake:supervisor", "(agent.rabat)");
        browser.findElement(By.id("intake:save")).click();
        waiting().until(ExpectedConditions.urlContains("case.xhtml"));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    void clickAndReload(String id) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        waiting().until(gone(before));
    }

    void switchTo(String language) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("language-form:lang-" + language)).click();
        waiting().until(gone(before));
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    void screenshot(String name) throws Exception {
        screenshot("women", name);
    }
}
