package ma.gov.social.jisr.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The funding screens as a national partnership officer works them, one step per method: the call's form,
 * the entry of a paper submission, the evaluator's scoring, the committee's decision, the agreement's draft.
 */
abstract class FundingBrowser extends InBrowser {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static String fr(String key) {
        return ScreenWords.message("funding", "fr", key);
    }

    /** Fills a new call: one domain, a grid of two criteria (60 and 40), the given panel; saves it. */
    void draftCall(String reference, LocalDateTime opens, LocalDateTime closes, String... evaluators) {
        browser.get(app + "funding/calls.xhtml");
        clickAndWait("calls:new", "callEdit.xhtml");
        type("callEdit:reference", reference);
        type("callEdit:titleAr", "طلب مشاريع فضاءات الأسرة " + reference);
        type("callEdit:titleFr", "Espaces famille " + reference);
        date("callEdit:opensAt_input", opens.format(MINUTES));
        date("callEdit:closesAt_input", closes.format(MINUTES));
        number("callEdit:envelope_input", "1000000");
        number("callEdit:ceiling_input", "300000");
        tick("callEdit:domains", "FAMILY_SPACE");
        criterion(0, "ملاءمة المشروع", "Pertinence du projet", "60");
        browser.findElement(By.id("callEdit:addRow")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("callEdit:grid:1:labelAr")));
        criterion(1, "الميزانية", "Budget réaliste", "40");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("callEdit:weightTotal"), "100"));
        for (String evaluator : evaluators) {
            tick("callEdit:evaluators", evaluator);
        }
        clickAndWait("callEdit:save", "call.xhtml");
    }

    /** Enters a paper submission of the association found by {@code name}, received at {@code received}. */
    void enterProject(String name, String title, LocalDateTime received) {
        clickAndWait("call:newProject", "projectEdit.xhtml");
        type("projectEdit:association_input", name);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
        type("projectEdit:projectTitle", title);
        chooseContaining("projectEdit:domain", "Jisr al-Usra");
        number("projectEdit:duration_input", "24");
        date("projectEdit:receivedAt_input", received.format(MINUTES));
        browser.findElement(By.xpath("//*[@id='projectEdit:components']//label[contains(., 'Jisr al-Usra')]")).click();
        type("projectEdit:target_FAMILIES", "120");
        budgetLine(0, "Aménagement de l'espace", "150000", "10000");
        browser.findElement(By.id("projectEdit:addLine")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("projectEdit:lines:1:label")));
        budgetLine(1, "Éducatrices de la crèche", "110000", "0");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectEdit:totalRequested"),
                "250"));
        number("projectEdit:amountRequested_input", "250000");
        clickAndWait("projectEdit:submit", "project.xhtml");
    }

    /** The evaluator declares no conflict, then gives her points criterion by criterion. */
    void score(String first, String second) {
        declare(0, null);
        number("scoring:grid:0:points_input", first);
        number("scoring:grid:1:points_input", second);
        browser.findElement(By.id("scoring:score")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("scoring:messages"), "/100"));
    }

    /** Opens the call's only project on the scoring page and declares: no conflict (0), or a conflict (1). */
    void declare(int choice, String note) {
        clickAndWait("call:score", "scoring.xhtml");
        browser.findElement(By.id("scoring:projects:0:open")).click();
        // the page scrolls to the opened project: a click during the scroll lands elsewhere, so try again
        clickOnceStill(By.cssSelector("label[for='scoring:declaration:" + choice + "']"));
        if (note != null) {
            type("scoring:conflictNote", note);
        }
        clickOnceStill(By.id("scoring:declare"));
    }

    void clickOnceStill(By target) {
        waiting().ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    /** Presses a button guarded by a confirmation, then "yes". */
    void confirmed(String button, String yes) {
        browser.findElement(By.id(button)).click();
        WebElement dialog = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-confirm-dialog")));
        // "yes" pressed while the dialog still fades in runs the action but leaves the dialog open
        waiting().until(d -> "1".equals(dialog.getCssValue("opacity")));
        browser.findElement(By.id(yes)).click();
        waiting().until(ExpectedConditions.invisibilityOf(dialog));
    }

    /** Presses a button that leads to another page; if it does not, says what the page answered. */
    void clickAndWait(String id, String page) {
        browser.findElement(By.id(id)).click();
        try {
            waiting().until(ExpectedConditions.urlContains(page));
        } catch (TimeoutException stayed) {
            String said = browser.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).collect(Collectors.joining(" | "));
            // what the form held when it was sent: the service's refusal names the rule, not the field
            String held = browser.findElements(By.cssSelector("input[type='text'], input[id$='_hinput']"))
                    .stream().map(f -> f.getAttribute("id") + "=\"" + f.getAttribute("value") + "\"")
                    .collect(Collectors.joining(", "));
            throw new AssertionError("still on " + browser.getCurrentUrl() + ", the page says: " + said
                    + "; the fields held: " + held, stayed);
        }
    }

    /** Ticks an item of a selectCheckboxMenu by its value, then closes the menu's panel. */
    void tick(String menuId, String value) {
        browser.findElement(By.id(menuId)).click();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-item-value='" + value + "'] .ui-chkbox-box");
        waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        browser.findElement(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Types a date into a datePicker, then closes its calendar through the widget: in headless Chromium neither
     * Escape nor a click elsewhere closes it, and the open calendar keeps the focus the next field needs. A
     * keystroke that lands while the calendar takes the focus is lost: then the date is typed again.
     */
    void date(String inputId, String text) {
        String picker = inputId.replaceFirst("_input$", "");
        for (int attempt = 1; ; attempt++) {
            WebElement field = browser.findElement(By.id(inputId));
            field.clear();
            field.sendKeys(text);
            // asked again until it is closed: a hide while the calendar is still opening is ignored
            waiting().until(d -> {
                ((JavascriptExecutor) d).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide()", picker);
                return d.findElements(By.id(picker + "_panel")).stream().noneMatch(WebElement::isDisplayed);
            });
            String typed = browser.findElement(By.id(inputId)).getAttribute("value");
            if (text.equals(typed)) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError(inputId + " holds \"" + typed + "\" after typing \"" + text + "\"");
            }
        }
    }

    void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("jisr.it.screenshots", "target/screenshots"),
                "funding"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void criterion(int row, String labelAr, String labelFr, String weight) {
        type("callEdit:grid:" + row + ":labelAr", labelAr);
        type("callEdit:grid:" + row + ":labelFr", labelFr);
        number("callEdit:grid:" + row + ":weight_input", weight);
    }

    private void budgetLine(int row, String label, String cost, String own) {
        type("projectEdit:lines:" + row + ":label", label);
        number("projectEdit:lines:" + row + ":cost_input", cost);
        number("projectEdit:lines:" + row + ":own_input", own);
    }
}
