package ma.gov.social.jisr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A view x.xhtml has its backing bean XView in the mirrored package of ma.gov.social.jisr.web, and the
 * reverse; templates, includes, tags and error pages live under WEB-INF; no page turns escaping off.
 */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingConventionTest {
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path BEANS = Path.of("src/main/java/ma/gov/social/jisr/web");

    @ArchTest
    static final ArchRule viewsAreNamedBeansOfTheWebModule = classes().that().haveSimpleNameEndingWith("View")
            .should().resideInAPackage("ma.gov.social.jisr.web..").andShould().beAnnotatedWith(Named.class);

    @Test
    void everyViewHasItsBackingBeanAndEveryBeanItsView() throws IOException {
        Set<String> fromPages = pages().stream().map(p -> {
            String relative = PAGES.relativize(p).toString().replace(".xhtml", "");
            int slash = relative.lastIndexOf('/');
            String name = relative.substring(slash + 1);
            return relative.substring(0, slash + 1) + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "View";
        }).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fromBeans;
        try (Stream<Path> files = Files.walk(BEANS)) {
            fromBeans = files.filter(f -> f.toString().endsWith("View.java"))
                    .map(f -> BEANS.relativize(f).toString().replace(".java", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(fromPages, fromBeans);
    }

    @Test
    void noPageTurnsOutputEscapingOff() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> read(f).replace(" ", "").contains("escape=\"false\"")).toList();
            assertTrue(offenders.isEmpty(), "escape=\"false\" in " + offenders);
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !PAGES.relativize(f).startsWith("WEB-INF")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
