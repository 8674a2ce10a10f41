package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import org.junit.jupiter.api.Test;

/**
 * Every label exists in Arabic, French and English, and every label a page uses exists in the bundle its
 * variable names. Bundles and variables come from the modules' descriptions, as at run time.
 */
class MessageBundlesTest {
    private static final Pattern KEY = Pattern.compile("\\b(\\w+Msg)\\['([\\w.-]+)'\\]");
    private static final Map<String, Map<String, Properties>> BY_VARIABLE = Sources.bundles();

    @Test
    void everyBundleVariableIsTheModulesFullName() {
        for (ModuleDescription module : Sources.descriptions()) {
            assertEquals(module.name() + "Msg", module.bundleVariable());
        }
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        BY_VARIABLE.forEach((variable, languages) -> {
            Set<Object> arabic = new TreeSet<>(languages.get("ar").keySet());
            assertEquals(arabic, new TreeSet<>(languages.get("fr").keySet()), variable + " fr");
            assertEquals(arabic, new TreeSet<>(languages.get("en").keySet()), variable + " en");
        });
    }

    @Test
    void arabicLabelsAreArabic() {
        BY_VARIABLE.forEach((variable, languages) -> languages.get("ar").forEach((key, value) -> {
            String text = value.toString().replaceAll("\\{\\d+[^}]*}", "");
            boolean latinWords = text.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x0600);
            assertTrue(!latinWords || text.isBlank() || ALLOWED_LATIN.matcher(text).matches(),
                    variable + " " + key + " is not Arabic: " + text);
        }));
    }

    /** Codes and units that stay in Latin letters in Arabic screens (CIN, CSV, PDF, ISO codes, dates). */
    private static final Pattern ALLOWED_LATIN = Pattern.compile("[\\sA-Z0-9().,:/%+\\-·]*|[A-Za-z]{1,8}");

    @Test
    void everyLiteralKeyUsedByAPageExists() {
        Set<String> missing = new TreeSet<>();
        for (Path page : Sources.allPages()) {
            Matcher m = KEY.matcher(Sources.read(page));
            while (m.find()) {
                Map<String, Properties> bundle = BY_VARIABLE.get(m.group(1));
                if (bundle == null) {
                    missing.add("unknown variable " + m.group(1) + " (" + page.getFileName() + ")");
                } else if (!m.group(2).endsWith(".") && !bundle.get("ar").containsKey(m.group(2))) {
                    missing.add(m.group(2) + " (" + page.getFileName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing labels: " + missing);
    }

}
