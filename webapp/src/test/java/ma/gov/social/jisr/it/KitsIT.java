package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Salama kits through the deployed WAR: two workers distributing a centre's last kits at the same moment
 * (one passes, the other is told what is left, and the stock never goes below zero), a provincial worker who
 * sees only the province's stock and is refused, with an audit entry, the report of another region, and a
 * coordinator's reversal that undoes a movement once. Stock is written straight into MariaDB, as the ledger
 * writes it (a receipt into the region's store, an allocation to the centre), so that every test starts from
 * kits on hand; the screens are only used for what is tested.
 */
class KitsIT extends DeployedJisr {
    // --- what the tests know of the screens: adjust here if the pages change -----------------------------------

    /** The distribution page: form, fields as PrimeFaces posts them, the save button (process @form). */
    private static final String DISTRIBUTION = "women/kitDistribution.xhtml";
    private static final String DISTRIBUTION_FORM = "distribution";
    /** A p:selectOneMenu of holder codes ("CENTRE:12", "ASSOCIATION:3"): posted as its "_input". */
    private static final String HOLDER = "distribution:holder_input";
    private static final String KIT_KIND = "distribution:kind_input";
    private static final String ON = "distribution:on_input";
    private static final DateTimeFormatter ON_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String FIRST_CATEGORY = "distribution:lines:0:category_input";
    /** A p:inputNumber posts the typed text as "_input" and the value it decodes as "_hinput": both are sent. */
    private static final String FIRST_QUANTITY = "distribution:lines:0:quantity_input";
    private static final String FIRST_QUANTITY_VALUE = "distribution:lines:0:quantity_hinput";
    private static final String SAVE = "distribution:save";
    /** What the save button processes and renders ("@form" is sent as the form's id, as PrimeFaces does). */
    private static final String SAVE_PROCESS = DISTRIBUTION_FORM;
    private static final String SAVE_UPDATE = DISTRIBUTION_FORM;

    /** The stock page (stock table, then the movements with a coordinator's reversal dialog). */
    private static final String STOCK = "women/kits.xhtml";
    private static final String STOCK_FORM = "kits";
    /** The reverse button of row {index} of the movements table. */
    private static final String REVERSE_BUTTON = "kits:movements:%d:reverse";
    private static final String REVERSAL_DIALOG = "kits:reversal";
    private static final String REASON = "kits:reason";
    private static final String CONFIRM_REVERSE = "kits:confirmReverse";

    /** The report page; its region is a view parameter. */
    private static final String REPORT = "women/kitReport.xhtml?region=";

    // -------------------------------------------------------------------------------------------------------------

    @Test
    void twoConcurrentDistributionsOfTheLastKitsOnlyOnePasses() throws Exception {
        ItAccounts.copyOf("agent.rabat", "agent.rabat.deux");
        ItDatabase.language("agent.rabat", "fr");
        ItDatabase.language("agent.rabat.deux", "fr");
        long centre = Seed.centre("IT-KIT-FIN", "مركز آخر الحقائب", "Centre derniers kits IT", "MA-RAB", 34.0, -6.8);
        KitFixtures.holding(centre, "MA-04", "MA-RAB", "HYGIENE", 5);
        FacesClient one = as("agent.rabat");
        FacesClient two = as("agent.rabat.deux");
        String pageOne = one.get(DISTRIBUTION).body();
        String pageTwo = two.get(DISTRIBUTION).body();
        assertTrue(pageOne.contains("Centre derniers kits IT"), "the centre holding kits is offered: " + pageOne);

        // both wait on the centre's stock row, held here, then go at once: one takes the five, the other finds none
        List<HttpResponse<String>> answers = CaseFixtures.atOnce("select quantity from jisr.wom_kit_stock"
                + " where holder_type = 'CENTRE' and holder_key = '" + centre + "' and kit_kind = 'HYGIENE'",
                () -> one.ajax(DISTRIBUTION, pageOne, DISTRIBUTION_FORM, distribute(centre, "HYGIENE", 5)),
                () -> two.ajax(DISTRIBUTION, pageTwo, DISTRIBUTION_FORM, distribute(centre, "HYGIENE", 5)));

        String both = answers.get(0).body() + "\n----\n" + answers.get(1).body();
        String beyond = fr("kits.beyondStock", 5, 0);
        assertEquals(1, answers.stream().filter(a -> a.body().contains(beyond)).count(),
                "one is told she wants 5 and the centre has 0: " + both);
        assertEquals(1, answers.stream().filter(a -> a.body().contains(fr("kits.distributed", 5))).count(),
                "the other is told 5 kits were distributed: " + both);
        assertEquals(1, count("select count(*) from jisr.wom_kit_movement where kind = 'DISTRIBUTION'"
                + " and from_type = 'CENTRE' and from_key = ?", Long.toString(centre)), "one distribution only");
        assertEquals(5, count("select coalesce(sum(g.quantity), 0) from jisr.wom_kit_given g join jisr.wom_kit_movement m"
                + " on m.id = g.movement_id where m.from_type = 'CENTRE' and m.from_key = ?", Long.toString(centre)),
                "and only its lines");
        assertEquals(0, stock("CENTRE", Long.toString(centre), "HYGIENE"), "nothing left, and never below zero");
    }

    @Test
    void aProvincialWorkerSeesOnlyTheProvincesKitsAndAnotherRegionIsRefused() throws Exception {
        ItDatabase.language("agent.rabat", "fr");
        long rabat = Seed.centre("IT-KIT-RAB", "مركز أكدال للحقائب", "Centre kits Agdal IT", "MA-RAB", 34.0, -6.8);
        long casa = Seed.centre("IT-KIT-CAS", "مركز أنفا للحقائب", "Centre kits Anfa IT", "MA-CAS", 33.6, -7.6);
        KitFixtures.holding(rabat, "MA-04", "MA-RAB", "MATERNITY", 12);
        KitFixtures.holding(casa, "MA-06", "MA-CAS", "MATERNITY", 30);
        FacesClient worker = as("agent.rabat");

        String stock = worker.get(STOCK).body();
        assertTrue(stock.contains("Centre kits Agdal IT"), "the province's centre and its kits: " + stock);
        assertFalse(stock.contains("Centre kits Anfa IT") || stock.contains("مركز أنفا للحقائب"),
                "nothing of Casablanca's centre");

        String refusal = fr("kits.outsideScope");
        long before = refusals("agent.rabat", null);
        long beforeCasa = refusals("agent.rabat", "MA-06");
        String own = followed(worker, REPORT + "MA-04");
        assertFalse(own.contains(refusal), "her own region's report is not refused: " + own);
        assertEquals(before, refusals("agent.rabat", null), "nor audited as a refusal");
        String other = followed(worker, REPORT + "MA-06");
        assertTrue(other.contains(refusal), "another region's report is refused: " + other);
        assertFalse(other.contains("Centre kits Anfa IT"), "and shows nothing of it");
        assertEquals(before + 1, refusals("agent.rabat", null), "the attempt is audited, once");
        assertEquals(beforeCasa + 1, refusals("agent.rabat", "MA-06"), "in the region asked for");
    }

    @Test
    void aReversalUndoesAMovementOnce() throws Exception {
        ItDatabase.language("coord.rabat", "fr");
        long centre = Seed.centre("IT-KIT-REV", "مركز التراجع", "Centre kits Hassan IT", "MA-RAB", 34.0, -6.8);
        KitFixtures.holding(centre, "MA-04", "MA-RAB", "PROTECTION", 5);
        String note = "IT-A-ANNULER-" + centre;
        long distribution = distributed(centre, "MA-04", "MA-RAB", "PROTECTION", 2, note);
        assertEquals(3, stock("CENTRE", Long.toString(centre), "PROTECTION"));
        FacesClient coordinator = as("coord.rabat");

        // two tabs open the reversal of the same movement; the second confirms after the first
        String first = coordinator.get(STOCK).body();
        String second = coordinator.get(STOCK).body();
        startReversal(coordinator, first, rowShowing(first, note));
        startReversal(coordinator, second, rowShowing(second, note));

        String done = coordinator.ajax(STOCK, first, STOCK_FORM, confirm("Saisie en double IT")).body();
        assertTrue(done.contains(fr("kits.reversed")), done);
        assertEquals(1, count("select count(*) from jisr.wom_kit_movement where reverses_id = ?", distribution));
        long reversal = count("select id from jisr.wom_kit_movement where reverses_id = ?", distribution);
        assertEquals(1, count("select count(*) from jisr.wom_kit_movement where id = ? and kind = 'REVERSAL'"
                + " and quantity = 2 and kit_kind = 'PROTECTION' and to_type = 'CENTRE' and to_key = ? and from_type is"
                + " null and note = 'Saisie en double IT' and recorded_by = 'coord.rabat'", reversal,
                Long.toString(centre)), "the kits go back to the centre, with the reason");
        assertEquals(5, stock("CENTRE", Long.toString(centre), "PROTECTION"), "the centre has its kits back");

        String again = coordinator.ajax(STOCK, second, STOCK_FORM, confirm("Encore une fois")).body();
        assertTrue(again.contains(fr("kits.reverse.already")), again);
        assertEquals(1, count("select count(*) from jisr.wom_kit_movement where reverses_id = ?", distribution),
                "one reversal");
        assertEquals(5, stock("CENTRE", Long.toString(centre), "PROTECTION"), "not given back twice");
        String after = coordinator.get(STOCK).body();
        int row = rowShowing(after, note);
        assertTrue(row >= 0, "the reversed movement is still listed: " + after);
        assertFalse(after.contains(REVERSE_BUTTON.formatted(row) + "\""), "and can no longer be reversed");
        assertEquals(1, count("select count(*) from jisr.plt_audit_event where username = 'coord.rabat' and module ="
                + " 'women' and record_type = 'kit-movement' and record_id = ? and action = 'CREATE'",
                Long.toString(reversal)), "the reversal is audited");
    }

    // --- the screens' requests -----------------------------------------------------------------------------------

    /** What the distribution form posts on save: the holder, the kind, today, one line of VIOLENCE_VICTIM. */
    private static Map<String, String> distribute(long centre, String kind, int quantity) {
        return FacesClient.press(SAVE, SAVE_PROCESS, SAVE_UPDATE, HOLDER, "CENTRE:" + centre, KIT_KIND, kind,
                ON, LocalDate.now().format(ON_FORMAT), FIRST_CATEGORY, "VIOLENCE_VICTIM",
                FIRST_QUANTITY, Integer.toString(quantity), FIRST_QUANTITY_VALUE, Integer.toString(quantity));
    }

    private static void startReversal(FacesClient client, String page, int row) throws Exception {
        assertTrue(row >= 0, "the movement is listed: " + page);
        String button = REVERSE_BUTTON.formatted(row);
        assertTrue(page.contains(button), "a coordinator may reverse it: " + page);
        String opened = client.ajax(STOCK, page, STOCK_FORM, FacesClient.press(button, "", REVERSAL_DIALOG)).body();
        assertTrue(opened.contains(REASON), "the reversal dialog asks why: " + opened);
    }

    private static Map<String, String> confirm(String reason) {
        return FacesClient.press(CONFIRM_REVERSE, REASON, STOCK_FORM, REASON, reason);
    }

    /** The index of the table row that shows {@code text} (a movement's note), or -1. */
    private static int rowShowing(String page, String text) {
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(text), Pattern.DOTALL)
                .matcher(page);
        return row.find() ? Integer.parseInt(row.group(1)) : -1;
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

    /**
     * A message of the women's bundle in French, as the server shows it (MessageFormat only when it has
     * arguments and the text has placeholders).
     */
    private static String fr(String key, Object... arguments) {
        String pattern = ScreenWords.message("women", "fr", key);
        assertNotNull(pattern, key + " is missing from the women's messages_fr.properties");
        return arguments.length == 0 || !pattern.contains("{") ? pattern
                : new MessageFormat(pattern, Locale.FRENCH).format(arguments);
    }

    // --- stock as the ledger writes it ---------------------------------------------------------------------------

    /** A distribution of the centre's, today, of {@code quantity} kits to violence victims; its id. */
    private static long distributed(long centre, String region, String province, String kind, int quantity,
                                    String note) throws SQLException {
        long id = KitFixtures.nextMovement();
        ItAccounts.execute("insert into jisr.wom_kit_movement (id, kind, kit_kind, quantity, moved_on, from_type,"
                + " from_key, region_code, province_code, note, recorded_at, recorded_by) values (?, 'DISTRIBUTION', ?,"
                + " ?, ?, 'CENTRE', ?, ?, ?, ?, ?, 'it')", id, kind, quantity, LocalDate.now(), Long.toString(centre),
                region, province, note, LocalDateTime.now());
        ItAccounts.execute("insert into jisr.wom_kit_given (movement_id, line_no, category, quantity) values"
                + " (?, 1, 'VIOLENCE_VICTIM', ?)", id, quantity);
        ItAccounts.execute("update jisr.wom_kit_stock set quantity = quantity - ? where holder_type = 'CENTRE'"
                + " and holder_key = ? and kit_kind = ?", quantity, Long.toString(centre), kind);
        return id;
    }

    private static long stock(String holderType, String holderKey, String kind) throws SQLException {
        return count("select quantity from jisr.wom_kit_stock where holder_type = ? and holder_key = ?"
                + " and kit_kind = ?", holderType, holderKey, kind);
    }

    /** The refused attempts on kits audited for {@code username} (in {@code region}, if not null). */
    private static long refusals(String username, String region) throws SQLException {
        String sql = "select count(*) from jisr.plt_audit_event where username = ? and module = 'women'"
                + " and record_type = 'kit-stock' and action = 'ACCESS_REFUSED'";
        return region == null ? count(sql, username) : count(sql + " and region_code = ?", username, region);
    }
}
