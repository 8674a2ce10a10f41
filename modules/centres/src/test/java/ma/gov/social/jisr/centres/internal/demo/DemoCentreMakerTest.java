package ma.gov.social.jisr.centres.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.Condition;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.centres.internal.demo.DemoCentreMaker.Centre;
import ma.gov.social.jisr.centres.internal.demo.DemoCentreMaker.Visit;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo centres on Morocco's real territories (read from the platform's migration). */
class DemoCentreMakerTest {
    private static final Pattern ROW = Pattern.compile(
            "\\('(MA-[A-Z]{3})', '(MA-\\d\\d)', '(PREFECTURE|PROVINCE)', '((?:[^']|'')*)', '((?:[^']|'')*)'\\)");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");
    private static Map<String, List<Province>> provinces;
    private static List<Centre> centres;

    @BeforeAll
    static void makeTheCountry() throws IOException {
        provinces = new TreeMap<>();
        try (InputStream in = DemoCentreMakerTest.class.getResourceAsStream("/db/migration/platform/V1__territories.sql")) {
            Matcher m = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                provinces.computeIfAbsent(m.group(2), r -> new ArrayList<>()).add(new Province(m.group(1), m.group(2),
                        m.group(3).equals("PREFECTURE"), m.group(4), m.group(5).replace("''", "'")));
            }
        }
        centres = make(7);
    }

    private static List<Centre> make(long seed) {
        AtomicLong centre = new AtomicLong();
        AtomicLong inspection = new AtomicLong();
        AtomicLong upgrade = new AtomicLong();
        return new DemoCentreMaker(new Random(seed), centre::incrementAndGet, inspection::incrementAndGet,
                upgrade::incrementAndGet).country(List.copyOf(provinces.keySet()), provinces::get);
    }

    @Test
    void everyRegionHasAFewHundredCentresSpreadOverAllItsProvinces() {
        assertEquals(12, provinces.size());
        Map<String, Long> byRegion = centres.stream().collect(Collectors.groupingBy(c -> c.province().regionCode(),
                Collectors.counting()));
        assertEquals(12, byRegion.size());
        byRegion.forEach((region, n) -> assertTrue(n >= 200 && n <= 500, region + ": " + n));
        Set<String> withCentres = centres.stream().map(c -> c.province().code()).collect(Collectors.toSet());
        assertEquals(75, withCentres.size());
    }

    @Test
    void theSameSeedGivesTheSameCentres() {
        assertEquals(centres, make(7));
        assertFalse(centres.equals(make(8)));
    }

    @Test
    void centresAreVariedLikeARealRegistry() {
        Map<Condition, Long> conditions = centres.stream().filter(c -> c.status() == CentreStatus.OPEN)
                .collect(Collectors.groupingBy(c -> Condition.of(c.latest() == null ? null
                        : c.latest().inspection().overall()), Collectors.counting()));
        for (Condition condition : Condition.values()) {
            assertTrue(conditions.getOrDefault(condition, 0L) >= 30, condition + ": " + conditions);
        }
        Map<CentreStatus, Long> statuses = centres.stream().collect(Collectors.groupingBy(Centre::status,
                Collectors.counting()));
        assertEquals(CentreStatus.values().length, statuses.size(), statuses.toString());
        List<Integer> upgradeYears = centres.stream().flatMap(c -> c.works().stream())
                .filter(w -> w.status() == UpgradeStatus.DONE).map(DemoCentreMaker.Works::year).toList();
        assertTrue(upgradeYears.size() > 100, "past upgrades: " + upgradeYears.size());
        assertTrue(upgradeYears.stream().anyMatch(y -> y > DemoData.AS_OF.getYear() - 5), "a recent upgrade");
        assertTrue(upgradeYears.stream().anyMatch(y -> y <= DemoData.AS_OF.getYear() - 5), "an older upgrade");
    }

    @Test
    void centresFollowTheRegistryRules() {
        Set<String> codes = new HashSet<>();
        for (Centre c : centres) {
            assertTrue(CODE.matcher(c.code()).matches() && codes.add(c.code()), c.code());
            assertTrue(c.nameAr().matches(".*[\\u0600-\\u06FF].*") && c.nameAr().length() <= 160, c.nameAr());
            assertTrue(c.nameFr().length() <= 160);
            assertEquals(c.body() == ManagingBody.ASSOCIATION, c.partner() != null, c.code());
            assertTrue(c.staffProfessional() <= c.staffTotal(), c.code());
            assertTrue(c.beds() == null || c.type().residential(), c.code());
            if (c.type().mobile()) {
                assertTrue(c.latitude() == null && c.longitude() == null && c.coverage().contains(c.province().code()));
            } else {
                assertInMorocco(c.latitude(), c.longitude());
            }
            if (c.status() != CentreStatus.PLANNED) {
                assertNotNull(c.openedOn());
                assertFalse(c.openedOn().isAfter(DemoData.AS_OF), c.code());
            }
            LocalDate previous = c.openedOn();
            for (Visit v : c.visits()) {
                LocalDate day = v.inspection().inspectedOn();
                assertTrue(!day.isAfter(DemoData.AS_OF) && (previous == null || day.isAfter(previous)), c.code());
                assertTrue(v.inspection().overall() >= 0 && v.inspection().overall() <= 100);
                previous = day;
            }
        }
    }

    private static void assertInMorocco(BigDecimal latitude, BigDecimal longitude) {
        assertTrue(latitude.doubleValue() >= 20.5 && latitude.doubleValue() <= 36.0, "latitude " + latitude);
        assertTrue(longitude.doubleValue() >= -17.5 && longitude.doubleValue() <= -0.9, "longitude " + longitude);
    }
}
