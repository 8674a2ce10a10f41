package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in Arabic, French and English, and every label a page uses exists. */
class MessageBundlesTest {
    private static final String BUNDLE = "/ma/gov/social/jisr/platform/i18n/messages_%s.properties";

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<Object> arabic = new TreeSet<>(load("ar").keySet());
        assertEquals(arabic, new TreeSet<>(load("fr").keySet()));
        assertEquals(arabic, new TreeSet<>(load("en").keySet()));
    }

    @Test
    void arabicLabelsAreArabic() throws IOException {
        assertTrue(load("ar").getProperty("login.title").chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF));
    }

    @Test
    void everyLiteralKeyUsedByAPageExists() throws IOException {
        Properties arabic = load("ar");
        Pattern key = Pattern.compile("msg\\['([\\w.-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !arabic.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing labels: " + missing);
    }
}
