package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The women's second part in a real browser: a kit distribution beyond what a centre holds is refused with
 * what is left and changes nothing; a woman registered, her funding request accepted, financed and followed
 * through its milestones (one dated before the one it follows is refused) until her project is launched.
 */
class EmpowermentScreensIT extends InBrowser {
    private static final String KITS_WORKER = "kits.worker.it";
    private static final String COORDINATOR = "coord.emp.it";

    @Test
    void aKitDistributionBeyondTheCentresStockIsRefusedAndChangesNothing() throws Exception {
        ItAccounts.copyOf("agent.rabat", KITS_WORKER);
        ItDatabase.language(KITS_WORKER, "fr");
        long centre = Seed.centre("IT-KIT-YAC", "مركز يعقوب المنصور للحقائب", "Centre kits Yacoub IT", "MA-RAB", 34.0,
                -6.85);
        KitFixtures.holding(centre, "MA-04", "MA-RAB", "MATERNITY", 8);
        logInInFrench(KITS_WORKER);
        browser.get(app + "women/kitDistribution.xhtml");
        chooseContaining("distribution:holder", "Yacoub IT");
        choose("distribution:kind", "Maternité");
        waiting().until(ExpectedConditions.textToBe(By.id("distribution:available"), "8"));
        choose("distribution:lines:0:category", "Femmes enceintes");
        number("distribution:lines:0:quantity_input", "12");
        browser.findElement(By.id("distribution:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("distribution:messages"),
                "12 kits demandés, seulement 8 en stock"));
        screenshot("women", "kit-distribution-beyond-stock-fr");
        assertEquals(8, DeployedJisr.count("select quantity from jisr.wom_kit_stock where holder_type = 'CENTRE'"
                + " and holder_key = ? and kit_kind = 'MATERNITY'", Long.toString(centre)), "the stock is untouched");
        assertEquals(0, DeployedJisr.count("select count(*) from jisr.wom_kit_movement where kind = 'DISTRIBUTION'"
                + " and from_key = ?", Long.toString(centre)), "and nothing was recorded");
        assertTrue(browser.findElement(By.id("distribution:lines:0:quantity_input")).getAttribute("value")
                .contains("12"), "what was typed is still there to correct");
    }

    @Test
    void aRegisteredWomansRequestIsFinancedAndFollowedUntilHerProjectIsLaunched() throws Exception {
        ItAccounts.copyOf("coord.rabat", COORDINATOR);
        ItDatabase.language(COORDINATOR, "fr");
        long woman = Seed.person("خديجة", "اليعقوبي", "Khadija", "Yacoubi", "FEMALE", 1986, null, "MA-RAB");
        logInInFrench(COORDINATOR);
        LocalDate today = LocalDate.now();

        browser.get(app + "women/empowerment/register.xhtml?person=" + woman);
        assertTrue(browser.findElement(By.id("register:person_input")).getAttribute("value").contains("Yacoubi"));
        choose("register:sector", "Artisanat");
        type("register:activity", "Tapis et broderie");
        chooseContaining("register:province", "Rabat");
        browser.findElement(By.id("register:save")).click();
        waiting().until(ExpectedConditions.urlContains("woman.xhtml"));
        assertTrue(text("name").contains("Yacoubi"), text("name"));

        browser.findElement(By.id("woman:newRequest")).click();
        waiting().until(ExpectedConditions.urlContains("newRequest.xhtml"));
        type("newRequest:idea", "Atelier de tapis traditionnels à Takaddoum, deux apprenties");
        number("newRequest:amountAsked_input", "60000");
        browser.findElement(By.id("newRequest:save")).click();
        waiting().until(ExpectedConditions.urlContains("request.xhtml"));
        long request = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("Reçue", text("stage"));

        chooseContaining("request:outcome", "accompagnement");
        refusedOn("request:decide", "Choisissez la conseillère");
        chooseContaining("request:adviser", "Amrani");
        decide("accompagnement", "En accompagnement");
        for (int i = 0; i < 6; i++) {
            date("request:planLines:" + i + ":plannedOn", today.plusDays(10L * i));
        }
        chooseContaining("request:planAdviser", "Amrani");
        browser.findElement(By.id("request:plan")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request:milestones"),
                today.plusDays(50).toString()));

        reach("Idée", today.minusDays(10));
        reachRefused("affaires", today.minusDays(12), "ne peut pas être daté avant le jalon");
        screenshot("women", "empowerment-milestone-before-previous-fr");
        reach("affaires", today.minusDays(8));
        decide("Accepter", "Acceptée");
        choose("request:programme", "INDH");
        number("request:amount_input", "50000");
        date("request:financedOn", today);
        browser.findElement(By.id("request:finance")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("stage"), "Financée"));
        reach("Formalités juridiques", today.minusDays(5));
        reach("Financement", today.minusDays(1));
        reach("Lancement", today);
        waiting().until(ExpectedConditions.textToBe(By.id("stage"), "Projet lancé"));
        screenshot("women", "empowerment-request-launched-fr");

        assertEquals(1, DeployedJisr.count("select count(*) from jisr.wom_emp_request where id = ? and stage ="
                + " 'LAUNCHED' and programme = 'INDH' and financed_amount = 50000 and amount_asked = 60000", request));
        assertEquals(5, DeployedJisr.count("select count(*) from jisr.wom_emp_milestone where request_id = ? and"
                + " done_on is not null", request), "five milestones reached, the follow-up a year away");
        browser.get(app + "women/empowerment/woman.xhtml?person=" + woman);
        assertTrue(text("woman:requests").contains("Projet lancé"), text("woman:requests"));
    }

    private void decide(String outcome, String stage) {
        chooseContaining("request:outcome", outcome);
        browser.findElement(By.id("request:decide")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("stage"), stage));
    }

    private void reach(String milestone, LocalDate on) {
        chooseContaining("request:step", milestone);
        date("request:reachedOn", on);
        browser.findElement(By.id("request:reach")).click();
        // the milestone's own "done on" cell (a planned day elsewhere in the table may show the same date)
        java.util.List<String> order = java.util.List.of("Idée", "affaires", "juridiques", "Financement", "Lancement");
        int row = 1 + java.util.stream.IntStream.range(0, order.size()).filter(i -> milestone.contains(order.get(i)))
                .findFirst().orElseThrow();
        waiting().until(ExpectedConditions.textToBe(By.xpath("//*[@id='request:milestones_data']/tr[" + row
                + "]/td[3]"), on.toString()));
    }

    private void reachRefused(String milestone, LocalDate on, String words) {
        chooseContaining("request:step", milestone);
        date("request:reachedOn", on);
        refusedOn("request:reach", words);
    }

    private void refusedOn(String button, String words) {
        browser.findElement(By.id(button)).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request:messages"), words));
    }
}
