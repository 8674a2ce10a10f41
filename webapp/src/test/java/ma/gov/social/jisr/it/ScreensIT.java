package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The main screens in a real browser, as a member of staff uses them. */
@ExtendWith(Browser.class)
class ScreensIT extends DeployedJisr {
    private String app;
    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        app = app();
        browser = Browser.driver();
        browser.manage().deleteAllCookies();
    }

    private void logIn(String username, String password) {
        browser.get(app + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

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
        String messages = browser.findElement(By.id("login:messages")).getText();
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
        logIn("admin", PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        browser.findElement(By.id("language-form:lang-fr")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        browser.get(app + "platform/admin/user.xhtml");
        browser.findElement(By.id("user:username")).sendKeys("nadia.oujda");
        browser.findElement(By.id("user:fullName")).sendKeys("Nadia El Amrani");
        browser.findElement(By.xpath("//label[text()='Chargé de dossiers – enfants']")).click();
        browser.findElement(By.id("user:password")).sendKeys("Premier-acces-2026");
        browser.findElement(By.id("user:save")).click();
        waiting().until(ExpectedConditions.urlContains("users.xhtml"));
        String list = browser.findElement(By.id("users:list")).getText();
        assertTrue(list.contains("nadia.oujda"), list);
        assertTrue(list.contains("Nadia El Amrani"), list);
    }
}
