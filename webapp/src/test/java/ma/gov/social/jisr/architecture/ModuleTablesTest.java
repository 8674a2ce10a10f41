package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL (in its Java sources and its Flyway folder) names only its own tables: every table name
 * carrying another module's prefix is a wall broken. The shell and the batch artifacts name no table.
 */
class ModuleTablesTest {
    @Test
    void everyModuleNamesOnlyItsOwnTables() throws IOException {
        List<ModuleDescription> modules = Sources.descriptions();
        Map<String, String> prefixes = modules.stream()
                .collect(Collectors.toMap(ModuleDescription::name, ModuleDescription::tablePrefix));
        assertTrue(prefixes.values().stream().allMatch(p -> p.matches("[a-z]{3}_")), prefixes.toString());
        assertTrue(prefixes.values().stream().distinct().count() == prefixes.size(), "one prefix per module");
        Pattern anyTable = Pattern.compile("\\b(" + String.join("|", prefixes.values()) + ")[a-z0-9_]+\\b");
        Set<String> broken = new TreeSet<>();
        for (ModuleDescription module : modules) {
            for (Path file : sources(Sources.MODULES.resolve(module.name()).resolve("src/main"))) {
                Matcher m = anyTable.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(module.tablePrefix())) {
                        broken.add(module.name() + " names " + m.group() + " in " + file.getFileName());
                    }
                }
            }
        }
        for (Path file : sources(Path.of("src/main"), Path.of("../batch/src/main"))) {
            Matcher m = anyTable.matcher(Files.readString(file));
            if (m.find()) {
                broken.add("shell or batch names " + m.group() + " in " + file.getFileName());
            }
        }
        assertTrue(broken.isEmpty(), broken.toString());
    }

    @Test
    void theCheckSeesTables() throws IOException {
        // guards the test above against reading nothing: the persons module does name its own table
        assertFalse(sources(Sources.MODULES.resolve("people/src/main")).stream()
                .noneMatch(f -> read(f).contains("ppl_person")));
    }

    private static List<Path> sources(Path... roots) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")
                        || f.toString().endsWith(".xml")).forEach(files::add);
            }
        }
        return files;
    }

    private static String read(Path file) {
        return Sources.read(file);
    }
}
