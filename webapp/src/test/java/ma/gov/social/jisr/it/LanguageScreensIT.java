package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of Jisr, found in the source tree, read in Arabic and in French as an administrator sees it:
 * no English word, no message key, Arabic right to left. PrimeFaces' own texts (empty tables, paginator,
 * calendar) count too: each page's first date picker is opened.
 */
class LanguageScreensIT extends InBrowser {
    private static final String ADMIN = "admin.languages";
    /**
     * The visible text and the texts read aloud (aria-label, title, placeholder, alt), leaving out the language
     * switch (each language named in itself) and what a page marks translate="no" (codes, recorded text).
     */
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
    private static final String CALENDARS = "return Array.from(document.querySelectorAll('.ui-calendar input[type=text]'))"
            + ".filter(e => e.offsetParent !== null);";

    private static Map<String, String> parameters;

    @Test
    void everyPageReadsInArabicRightToLeft() throws Exception {
        assertReadsIn("ar", "rtl");
    }

    @Test
    void everyPageReadsInFrench() throws Exception {
        assertReadsIn("fr", "ltr");
    }

    /** A record outside the caller's territory is refused while the page opens: the refusal is in the page's language. */
    @Test
    void aRefusalWhileAPageOpensIsInThePagesLanguage() throws Exception {
        long casablanca = Seed.person("سعاد", "الإدريسي", "Souad", "Idrissi", "FEMALE", 1984, null, "MA-CAS");
        ItAccounts.copyOf("admin.rabat", "admin.rabat.languages");
        logIn("admin.rabat.languages", PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        for (String language : List.of("ar", "fr")) {
            switchTo(language);
            browser.get(app + "people/person.xhtml?id=" + casablanca);
            waiting().until(ExpectedConditions.urlContains("persons.xhtml"));
            String expected = ScreenWords.message("people", language, "person.notFound");
            String growl = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("growl_container")))
                    .getText();
            screenshot("refusal-" + language);
            assertTrue(growl.contains(expected), language + ": expected \"" + expected + "\", shown \"" + growl + "\"");
        }
    }

    private void assertReadsIn(String language, String direction) throws Exception {
        List<String> problems = new ArrayList<>();
        browser.get(app + "login.xhtml");
        switchTo(language);
        check("login.xhtml", language, direction, problems);

        Map<String, String> values = parameters();
        logIn(ADMIN, PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        switchTo(language);
        long started = System.nanoTime();
        List<ScreenWords.Page> pages = ScreenWords.pages();
        for (ScreenWords.Page page : pages) {
            StringBuilder query = new StringBuilder();
            for (String name : page.parameters()) {
                String value = values.get(page.path() + "?" + name);
                if (value == null) {
                    value = values.get(name);
                }
                if (value != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
                }
            }
            browser.get(app + page.path() + query);
            check(page.path() + query, language, direction, problems);
        }
        browser.get(app + "no/such/page.xhtml");
        check("a page that does not exist", language, direction, problems);
        System.out.printf("[languages] %d pages in %s in %d ms%n", pages.size() + 1, language,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertTrue(pages.size() > 15, "pages found in the source tree: " + pages);
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + language + ":\n" + String.join("\n", problems));
    }

    private void check(String page, String language, String direction, List<String> problems) throws Exception {
        WebElement html = browser.findElement(By.tagName("html"));
        List<String> found = new ArrayList<>();
        if (!direction.equals(html.getAttribute("dir")) || !language.equals(html.getAttribute("lang"))) {
            found.add("<html lang=\"" + html.getAttribute("lang") + "\" dir=\"" + html.getAttribute("dir") + "\">");
        }
        String text = screenText();
        found.addAll(ScreenWords.problems(text));
        @SuppressWarnings("unchecked")
        List<WebElement> calendars = (List<WebElement>) ((JavascriptExecutor) browser).executeScript(CALENDARS);
        if (!calendars.isEmpty()) {
            calendars.get(0).click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker")));
            List<String> withCalendar = ScreenWords.problems(screenText());
            withCalendar.removeAll(found);
            found.addAll(withCalendar.stream().map(p -> "open calendar: " + p).toList());
            screenshot(language + "-calendar-" + page.replaceAll("\\W+", "-"));
            calendars.get(0).sendKeys(Keys.ESCAPE);
        }
        String name = language + "-" + page.replaceAll("\\W+", "-");
        screenshot(name);
        Files.writeString(folder().resolve(name + ".txt"), text);
        found.forEach(p -> problems.add(page + " (" + browser.getCurrentUrl().replace(app, "") + "): " + p));
    }

    private String screenText() {
        return (String) ((JavascriptExecutor) browser).executeScript(SCREEN_TEXT);
    }

    private void switchTo(String language) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("language-form:lang-" + language)).click();
        waiting().until(gone(before));
        waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    private void screenshot(String name) throws Exception {
        Files.write(folder().resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Where each page's picture and the text the test read of it are kept, to see what a person saw. */
    private static Path folder() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("jisr.it.screenshots", "target/screenshots"),
                "languages"));
    }

    /**
     * Values for the pages' view parameters, by name or by "page?name": records seeded for this test, and a
     * programme year opened and planned on the screens. A parameter nobody knows is left out (a new page is
     * then visited without it).
     */
    private Map<String, String> parameters() throws Exception {
        if (parameters != null) {
            return parameters;
        }
        ItAccounts.copyOf("admin", ADMIN);
        long person = Seed.person("ليلى", "البناني", "Leila", "Bennani", "FEMALE", 1990, null, "MA-RAB");
        long centre = Seed.centre("LNG-RAB-1", "مركز الاستماع أكدال", "Centre d'écoute Agdal", "MA-RAB", 34.0, -6.85);
        Seed.inspected(centre, 20);
        long user = ItDatabase.number("select id from jisr.plt_user where username = 'agent.rabat'");
        int year = 2030; // the years other tests open are 2026-2029 and 2031
        openAndPlan(year);
        List<String> line = ItDatabase.column("select concat(region_code, ' ', centre_id) from jisr.upg_line"
                + " where programme_year = " + year + " and status = 'CHOSEN' order by region_code limit 1");
        assertEquals(1, line.size(), "the planning chose at least one centre");
        String[] regionAndCentre = line.get(0).split(" ");
        browser.manage().deleteAllCookies();
        Map<String, String> values = new HashMap<>();
        values.put("people/person.xhtml?id", Long.toString(person));
        values.put("people/personEdit.xhtml?id", Long.toString(person));
        values.put("centres/centre.xhtml?id", Long.toString(centre));
        values.put("centres/centreEdit.xhtml?id", Long.toString(centre));
        values.put("platform/admin/user.xhtml?id", Long.toString(user));
        values.put("upgrades/works.xhtml?centre", regionAndCentre[1]);
        values.put("centre", Long.toString(centre));
        values.put("province", "MA-RAB");
        values.put("module", "centres");
        values.put("year", Integer.toString(year));
        values.put("region", regionAndCentre[0]);
        parameters = Map.copyOf(values);
        return parameters;
    }

    /** Opens a programme year on its screen and runs its planning job, as an administrator does. */
    private void openAndPlan(int year) throws Exception {
        logIn(ADMIN, PlatformIT.PASSWORD);
        waiting().until(ExpectedConditions.urlContains("index.xhtml"));
        browser.get(app + "upgrades/openYear.xhtml");
        typeNumber("year:programmeYear_input", Integer.toString(year));
        typeNumber("year:target_input", "3");
        typeNumber("year:minPerRegion_input", "0");
        typeNumber("year:budget_input", "5000000");
        browser.findElement(By.id("year:save")).click();
        waiting().until(ExpectedConditions.urlContains("programme.xhtml"));
        browser.findElement(By.id("programme:run-job")).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ItDatabase.number("select count(*) from jisr.upg_programme where programme_year = " + year
                + " and status = 'DRAFTED'") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private void typeNumber(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }
}
