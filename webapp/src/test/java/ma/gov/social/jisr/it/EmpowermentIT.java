package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Economic empowerment through the deployed WAR: a woman registered by two clerks at once is registered once
 * and the second clerk is told so; a provincial worker's requests list, a request of another region and
 * another region's indicators stay out of her reach (refused, and audited once); a coordinator's
 * indicators count her region's requests as the database holds them.
 */
class EmpowermentIT extends DeployedJisr {
    // --- what the tests know of the screens ----------------------------------------------------------------------
    private static final String REGISTER = "women/empowerment/register.xhtml?person=";
    private static final String REGISTER_FORM = "register";
    private static final String REQUESTS = "women/empowerment/requests.xhtml";
    private static final String REGISTRATIONS = "women/empowerment/registrations.xhtml";
    private static final String REQUEST = "women/empowerment/request.xhtml?id=";
    private static final String INDICATORS = "women/empowerment/indicators.xhtml?from=2020-01-01&to=2030-12-31&region=";
    // -------------------------------------------------------------------------------------------------------------

    /**
     * Copies of Rabat's case worker under names of their own: other tests read the shared audit log and
     * persons list by "agent.rabat" and by name, so these tests leave neither behind.
     */
    private static final String CLERK = "emp.clerk.it";
    private static final String OTHER_CLERK = "emp.clerk2.it";
    private static final String REQUESTS_CLERK = "emp.clerk3.it";

    @Test
    void aWomanRegisteredByTwoClerksAtOnceIsRegisteredOnce() throws Exception {
        ItAccounts.copyOf("agent.rabat", CLERK);
        ItAccounts.copyOf("agent.rabat", OTHER_CLERK);
        ItDatabase.language(CLERK, "fr");
        ItDatabase.language(OTHER_CLERK, "fr");
        long woman = Seed.person("حنان", "اليملاحي", "Hanane", "Yamlahi", "FEMALE", 1988, null, "MA-RAB");
        long man = Seed.person("يونس", "اليملاحي", "Younes", "Yamlahi", "MALE", 1985, null, "MA-RAB");
        FacesClient one = as(CLERK);
        FacesClient two = as(OTHER_CLERK);
        String pageOne = one.get(REGISTER + woman).body();
        String pageTwo = two.get(REGISTER + woman).body();
        assertTrue(pageOne.contains("Yamlahi"), "the woman of the link is offered: " + pageOne);

        // both clerks press "register" at the same moment: the unique key, not a read before it, decides
        java.util.concurrent.CompletableFuture<HttpResponse<String>> first = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> send(one, woman, pageOne));
        java.util.concurrent.CompletableFuture<HttpResponse<String>> second = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> send(two, woman, pageTwo));
        java.util.List<HttpResponse<String>> answers = java.util.List.of(first.get(), second.get());
        String both = answers.get(0).body() + "\n----\n" + answers.get(1).body();
        assertEquals(1, answers.stream().filter(a -> a.body().contains("<redirect")).count(),
                "one registration goes to her page: " + both);
        String twice = fr("emp.reg.twice", "@@", "@@").split("@@")[1].strip();
        assertEquals(1, answers.stream().filter(a -> a.body().contains(twice)).count(),
                "the other clerk is told she is registered already (" + twice + "): " + both);
        assertEquals(1, count("select count(*) from jisr.wom_emp_registration where person_id = ?", woman));

        String refused = one.ajax(REGISTER + man, one.get(REGISTER + man).body(), REGISTER_FORM, register(man)).body();
        assertTrue(says(refused, fr("emp.reg.notAWoman")), "a man is not registered: " + refused);
        assertEquals(0, count("select count(*) from jisr.wom_emp_registration where person_id = ?", man));
    }

    @Test
    void requestsAndIndicatorsStayWithinTheTerritory() throws Exception {
        ItAccounts.copyOf("agent.rabat", REQUESTS_CLERK);
        ItDatabase.language(REQUESTS_CLERK, "fr");
        ItDatabase.language("coord.casa", "fr");
        long rabat = Seed.person("سلمى", "التونسي", "Salma", "Tounsi", "FEMALE", 1992, null, "MA-RAB");
        long casa = Seed.person("رجاء", "المنصوري", "Raja", "Mansouri", "FEMALE", 1979, null, "MA-CAS");
        registered(rabat, "MA-04", "MA-RAB");
        registered(casa, "MA-06", "MA-CAS");
        long own = request(rabat, "MA-04", "MA-RAB", "Atelier de couture Agdal IT-EMP", "FINANCED");
        long other = request(casa, "MA-06", "MA-CAS", "Boulangerie Anfa IT-EMP", "ACCEPTED");
        FacesClient worker = as(REQUESTS_CLERK);

        String list = worker.get(REQUESTS).body();
        assertTrue(list.contains("Atelier de couture Agdal IT-EMP"), "her province's request: " + list);
        assertFalse(list.contains("Boulangerie Anfa IT-EMP"), "nothing of Casablanca's");

        long before = refusals(REQUESTS_CLERK, "emp-request");
        String page = followed(worker, REQUEST + other);
        assertTrue(says(page, fr("emp.notFound")), "Casablanca's request is not found for her: " + page);
        assertFalse(page.contains("Boulangerie Anfa IT-EMP") || page.contains("Mansouri"), "and shows nothing of it");
        assertEquals(before + 1, refusals(REQUESTS_CLERK, "emp-request"), "the attempt is audited, once");
        assertTrue(followed(worker, REQUEST + own).contains("Atelier de couture Agdal IT-EMP"), "her own opens");
        // a request the Rabat woman filed in Casablanca: the Rabat list counts only what its reader may open
        request(rabat, "MA-06", "MA-CAS", "Kiosque Maarif IT-EMP", "RECEIVED");
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("Tounsi(?:(?!</tr>).)*?jisr-number[^>]*>"
                + "(\\d+)<", java.util.regex.Pattern.DOTALL).matcher(worker.get(REGISTRATIONS).body());
        assertTrue(counted.find(), "she is on the province's registrations list");
        assertEquals("1", counted.group(1), "with her one request of the province, not the one of Casablanca");

        long beforeReport = refusals(REQUESTS_CLERK, "emp-indicators");
        String report = followed(worker, INDICATORS + "MA-06");
        assertTrue(says(report, fr("emp.outsideScope")), "another region's indicators are refused: " + report);
        assertEquals(beforeReport + 1, refusals(REQUESTS_CLERK, "emp-indicators"), "and audited, once");

        // a partnership officer of Rabat follows the projects her programmes finance: listed and opened, names read
        FacesClient partner = as("partenariat.rabat");
        assertTrue(partner.get(REQUESTS).body().contains("Atelier de couture Agdal IT-EMP"), "her province's request");
        String financed = followed(partner, REQUEST + own);
        assertTrue(financed.contains("Tounsi") && !financed.contains("id=\"request:decide\""),
                "she reads it, names included, and may not decide: " + financed);

        FacesClient coordinator = as("coord.casa");
        String figures = followed(coordinator, INDICATORS + "MA-06");
        long requests = count("select count(*) from jisr.wom_emp_request where region_code = 'MA-06'");
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("id=\"figures-0\".*<tr><td>Total</td>\\s*"
                + "<td>\\d+</td><td>\\d+</td><td>(\\d+)</td>", java.util.regex.Pattern.DOTALL).matcher(figures);
        assertTrue(total.find(), "the summary's total line: " + figures);
        assertEquals(Long.toString(requests), total.group(1), "the region's requests, every one counted");
        assertFalse(followed(coordinator, REQUESTS).contains("Atelier de couture Agdal IT-EMP"),
                "Casablanca's coordinator does not see Rabat's requests");
    }

    // --- the screens' requests -----------------------------------------------------------------------------------

    private static HttpResponse<String> send(FacesClient client, long person, String page) {
        try {
            return client.ajax(REGISTER + person, page, REGISTER_FORM, register(person));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the registration form posts on save: self-employed in handicraft, province Rabat, today. */
    private static Map<String, String> register(long person) {
        return FacesClient.press("register:save", REGISTER_FORM, REGISTER_FORM, "register:person_hinput",
                Long.toString(person), "register:kind_input", "SELF_EMPLOYED", "register:sector_input", "HANDICRAFT",
                "register:activity", "Broderie", "register:region_input", "MA-04", "register:province_input", "MA-RAB",
                "register:registeredOn_input", LocalDate.now().toString());
    }

    /** A page, or the one a refusal redirects to. */
    private static String followed(FacesClient client, String path) throws Exception {
        HttpResponse<String> page = client.get(path);
        for (int i = 0; i < 3 && page.statusCode() == 302; i++) {
            String to = page.headers().firstValue("Location").orElseThrow();
            page = client.get(to.substring(to.indexOf("/jisr/") + "/jisr/".length()));
        }
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        return page.body();
    }

    private static String fr(String key, Object... arguments) {
        String pattern = ScreenWords.message("women", "fr", key);
        assertNotNull(pattern, key + " is missing from the women's messages_fr.properties");
        return arguments.length == 0 || !pattern.contains("{") ? pattern
                : new java.text.MessageFormat(pattern, java.util.Locale.FRENCH).format(arguments);
    }

    /** Whether the page shows the text, its apostrophes written as they are or as an entity. */
    private static boolean says(String page, String text) {
        return page.contains(text) || page.contains(text.replace("'", "&#39;"));
    }

    private static long refusals(String username, String recordType) throws SQLException {
        return count("select count(*) from jisr.plt_audit_event where username = ? and module = 'women'"
                + " and record_type = ? and action = 'ACCESS_REFUSED'", username, recordType);
    }

    // --- records as the services write them ----------------------------------------------------------------------

    private static void registered(long person, String region, String province) throws SQLException {
        ItAccounts.execute("insert into jisr.wom_emp_registration (id, person_id, kind, sector, region_code,"
                + " province_code, registered_on, recorded_at, recorded_by) values (nextval(jisr.wom_emp_seq), ?,"
                + " 'SELF_EMPLOYED', 'TEXTILE', ?, ?, ?, ?, 'it')", person, region, province, LocalDate.now(),
                LocalDateTime.now());
    }

    private static long request(long person, String region, String province, String idea, String stage)
            throws SQLException {
        long id = ItDatabase.number("select nextval(jisr.wom_emp_seq)");
        boolean financed = "FINANCED".equals(stage);
        ItAccounts.execute("insert into jisr.wom_emp_request (id, person_id, idea, sector, amount_asked, region_code,"
                + " province_code, received_on, stage, decided_on, programme, financed_amount, financed_on, recorded_at,"
                + " recorded_by) values (?, ?, ?, 'TEXTILE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'it')", id, person, idea,
                new BigDecimal("30000.00"), region, province, LocalDate.now(), stage, LocalDate.now(),
                financed ? "INDH" : null, financed ? new BigDecimal("25000.00") : null,
                financed ? LocalDate.now() : null, LocalDateTime.now());
        return id;
    }
}
