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
import java.util.stream.Stream;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import org.junit.jupiter.api.Test;

/**
 * A view x.xhtml has its backing bean XView in the mirrored package, and the reverse: the shell's pages
 * (src/main/webapp) pair with ma.gov.social.jisr.web, a module's pages (META-INF/resources/<module>/ in its
 * jar) with ma.gov.social.jisr.<module>.web. Fragments live in includes/ folders and templates under
 * WEB-INF. No page turns escaping off.
 */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingConventionTest {
    @ArchTest
    static final ArchRule viewsAreNamedBeansOfAWebPackage = classes().that().haveSimpleNameEndingWith("View")
            .should().resideInAPackage("ma.gov.social.jisr..web..").andShould().beAnnotatedWith(Named.class);

    @Test
    void everyShellViewHasItsBackingBeanAndEveryBeanItsView() throws IOException {
        assertEquals(beanNamesOf(Sources.SHELL_PAGES), beans(Sources.SHELL_BEANS), "shell");
    }

    @Test
    void everyModuleViewHasItsBackingBeanAndEveryBeanItsView() throws IOException {
        for (ModuleDescription module : Sources.descriptions()) {
            Path pages = Sources.resources(module.name()).resolve(module.name());
            Path beans = Sources.beans(module.name());
            assertEquals(beanNamesOf(pages), beans(beans), module.name());
        }
    }

    @Test
    void noPageTurnsOutputEscapingOff() {
        List<Path> offenders = Sources.allPages().stream()
                .filter(f -> Sources.read(f).replace(" ", "").contains("escape=\"false\"")).toList();
        assertTrue(offenders.isEmpty(), "escape=\"false\" in " + offenders);
    }

    /**
     * "admin/users.xhtml" becomes "admin/UsersView". A page that a kernel board serves for every module that
     * has it (the case list, the referrals inbox: "#{caseListBoard...}", "referralsBoard.xhtml") has no bean of
     * its module's own, by design: it is left out.
     */
    private static Set<String> beanNamesOf(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String relative = root.relativize(p).toString().replace(".xhtml", "");
                if (relative.startsWith("WEB-INF") || relative.contains("includes/") || servedByABoard(p)) {
                    continue;
                }
                int slash = relative.lastIndexOf('/');
                String name = relative.substring(slash + 1);
                names.add(relative.substring(0, slash + 1) + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                        + "View");
            }
        }
        return names;
    }

    private static boolean servedByABoard(Path page) {
        return Sources.read(page).matches("(?s).*(#\\{\\w+Board\\.|\\w+Board\\.xhtml).*");
    }

    private static Set<String> beans(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith("View.java"))
                    .forEach(f -> names.add(root.relativize(f).toString().replace(".java", "")));
        }
        return names;
    }
}
