package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The main screens in a real browser, as a member of staff uses them. */
class ScreensIT extends InBrowser {
    @Test
    void theLoginPageIsArabicRightToLeftByDefaultAndSwitchesToFrench() {
        browser.get(app + "login.xhtml");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("تسجيل الدخول", browser.findElement(By.cssSelector("h1.jisr-title")).getText());
        browser.findElement(By.id("language-form:lang-fr")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        assertEquals("Connexion", browser.findElement(By.cssSelector("h1.jisr-title")).getText());
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        browser.get(app + "login.xhtml");
        browser.findElement(By.id("language-form:lang-en")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        browser.findElement(By.id("login:username")).sendKeys("auditor");
        browser.findElement(By.id("login:password")).sendKeys("not-my-password-9");
        browser.findElement(By.id("login:submit")).click();
        // the answer is a new page: wait for its message rather than read the old page's empty one
        String messages = waiting().until(d -> {
            String text = d.findElement(By.id("login:messages")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(messages.contains("Wrong username or password."), messages);
    }

    @Test
    void aUserLogsInSwitchesToArabicAndSeesARightToLeftPage() {
        logIn("agent.casa", PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"), "agent.casa prefers French");
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("Omar Chraibi"));
        browser.findElement(By.id("language-form:lang-ar")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertTrue(browser.findElement(By.id("home-scope")).getText().contains("الدار البيضاء"));
    }

    @Test
    void anAdministratorCreatesAUser() {
        logInInFrench("admin");
        browser.get(app + "platform/admin/user.xhtml");
        browser.findElement(By.id("user:username")).sendKeys("nadia.oujda");
        browser.findElement(By.id("user:fullName")).sendKeys("Nadia El Amrani");
        browser.findElement(By.xpath("//label[text()='Chargé de dossiers – enfants']")).click();
        browser.findElement(By.id("user:password")).sendKeys("Premier-acces-2026");
        browser.findElement(By.id("user:save")).click();
        waiting().until(ExpectedConditions.urlContains("users.xhtml"));
        // more accounts than a page holds: the new one is searched for
        type("users:text", "nadia.oujda");
        browser.findElement(By.id("users:search")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:list"), "nadia.oujda"));
        String list = browser.findElement(By.id("users:list")).getText();
        assertTrue(list.contains("nadia.oujda"), list);
        assertTrue(list.contains("Nadia El Amrani"), list);
    }
}
