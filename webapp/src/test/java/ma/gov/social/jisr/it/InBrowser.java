package ma.gov.social.jisr.it;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test that uses the deployed application in Debian's headless Chromium, as a member of staff does. */
@ExtendWith(Browser.class)
abstract class InBrowser extends DeployedJisr {
    String app;
    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        app = app();
        browser = Browser.driver();
        browser.manage().deleteAllCookies();
    }

    void logIn(String username, String password) {
        browser.get(app + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** Logs in and switches the account to French, so that assertions can read French labels. */
    void logInInFrench(String username) {
        logIn(username, PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        if ("fr".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            return; // already French: a click would reload the page under the test's next step
        }
        waiting().until(d -> {
            d.findElement(By.id("language-form:lang-fr")).click();
            return true;
        });
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    }

    /**
     * The element left the page (a reload, a new page). Chromium sometimes says so with "Node with given id does
     * not belong to the document" rather than as a stale element: both mean gone.
     */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException other) {
                if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw other;
            }
        };
    }

    WebDriverWait waiting() {
        // a page that reloads while we look (language switch, redirect) leaves stale elements: look again
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label. A click on an item while the panel
     * is still opening is sometimes lost (the panel stays open, nothing chosen) or lands on the menu's label:
     * then it opens and clicks again.
     */
    void choose(String menuId, String label) {
        pick(menuId, "='" + label + "'");
    }

    /** As {@link #choose}, by a part of the label. */
    void chooseContaining(String menuId, String part) {
        pick(menuId, "*='" + part + "'");
    }

    private void pick(String menuId, String labelMatch) {
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label" + labelMatch + "]");
        for (int attempt = 1; ; attempt++) {
            if (browser.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                browser.findElement(By.id(menuId)).click();
            }
            try {
                waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException stillOpening) {
                // the panel was still sliding into place, or its item lay under the menu's label: brought to the
                // middle of the window, and looked for again
                if (attempt == 3) {
                    throw stillOpening;
                }
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", browser.findElement(item));
                continue;
            }
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /**
     * Types into a field. Keystrokes that land while an animation (a calendar closing, a panel opening) holds the
     * focus are lost on a loaded machine: the field is read back and typed again.
     */
    void type(String id, String text) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            var field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            if (text.equals(browser.findElement(By.id(id)).getAttribute("value"))) {
                return;
            }
        }
        // three sets of keystrokes lost: the value is set as the browser's own input would, then checked
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("var f = document.getElementById(arguments[0]);"
                + " f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));", id, text);
        String held = browser.findElement(By.id(id)).getAttribute("value");
        if (!text.equals(held)) {
            throw new AssertionError("field " + id + " holds \"" + held + "\" instead of \"" + text + "\"");
        }
    }

    /** Opens a tab of a case file (the kernel's tabs fragment). */
    void tab(String name) {
        browser.findElement(By.cssSelector("label[for='tab-" + name + "']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-" + name)));
    }

    /** A screenshot kept with the run's (target/screenshots/module), to look at what a test went through. */
    void screenshot(String module, String name) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(
                System.getProperty("jisr.it.screenshots", "target/screenshots"), module));
        java.nio.file.Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /**
     * Fills a date picker's field as pasting a date would, without its calendar: typed key by key, a calendar
     * that opens and reformats while keys arrive sometimes leaves the field empty on a loaded machine.
     */
    void date(String pickerId, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("var f = document.getElementById(arguments[0]"
                + " + '_input'); f.value = arguments[1]; var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w && w.hide) { w.hide(); }", pickerId,
                day.toString());
        waiting().until(d -> day.toString().equals(d.findElement(By.id(pickerId + "_input")).getAttribute("value")));
    }

    /** Types into a PrimeFaces inputNumber, whose own formatting an ordinary clear() does not remove. */
    void number(String inputId, String value) {
        // the widget keeps the number it will send in a hidden field: read it back, as keystrokes can be lost
        By sent = By.id(inputId.replaceFirst("_input$", "_hinput"));
        for (int attempt = 1; ; attempt++) {
            WebElement field = waiting().until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
            field.click();
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(value, Keys.TAB);
            String held = browser.findElement(sent).getAttribute("value");
            if (!held.isBlank() && new BigDecimal(held).compareTo(new BigDecimal(value)) == 0) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError(inputId + " holds \"" + held + "\" after typing \"" + value + "\"");
            }
        }
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
