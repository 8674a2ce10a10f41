package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in Arabic, French and English, and every label a page uses exists. */
class MessageBundlesTest {
    /** Page variable (faces-config) to the module whose bundle it names. */
    private static final Map<String, String> VARS = Map.of("msg", "platform", "cmsg", "centres", "pmsg", "people",
            "umsg", "upgrades");

    private static Properties load(String module, String language) throws IOException {
        Properties p = new Properties();
        String path = "/ma/gov/social/jisr/%s/i18n/messages_%s.properties".formatted(module, language);
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Properties load(String language) throws IOException {
        return load("platform", language);
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        for (String module : VARS.values()) {
            Set<Object> arabic = new TreeSet<>(load(module, "ar").keySet());
            assertEquals(arabic, new TreeSet<>(load(module, "fr").keySet()), module);
            assertEquals(arabic, new TreeSet<>(load(module, "en").keySet()), module);
        }
    }

    @Test
    void arabicLabelsAreArabic() throws IOException {
        assertTrue(load("ar").getProperty("login.title").chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF));
    }

    @Test
    void everyLiteralKeyUsedByAPageExists() throws IOException {
        Map<String, Properties> arabic = new java.util.HashMap<>();
        for (Map.Entry<String, String> var : VARS.entrySet()) {
            arabic.put(var.getKey(), load(var.getValue(), "ar"));
        }
        Pattern key = Pattern.compile("\\b(c?msg|pmsg|umsg)\\['([\\w.-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(2).endsWith(".") && !arabic.get(m.group(1)).containsKey(m.group(2))) {
                        missing.add(m.group(2) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing labels: " + missing);
    }
}
