package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageContribution;
import ma.gov.social.jisr.platform.api.module.Permission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each module says of itself holds: names unique, permissions known and made of real roles, guards
 * on the module's own pages, menu outcomes and fragments that exist, labels in the bundles, and every
 * {@code may['...']} a page asks about declared by some module.
 */
class ModuleDescriptionsTest {
    private static final Pattern MAY = Pattern.compile("\\bmay\\['([\\w.-]+)'\\]");
    private static List<ModuleDescription> modules;
    private static final Set<String> PERMISSIONS = new HashSet<>();

    @BeforeAll
    static void discover() {
        modules = Sources.descriptions();
        modules.forEach(m -> m.permissions().forEach(p -> assertTrue(PERMISSIONS.add(p.name()), p.name())));
    }

    @Test
    void everyModuleDescribesItselfOnce() {
        assertTrue(modules.stream().map(ModuleDescription::name).toList()
                .containsAll(List.of("centres", "people", "platform", "upgrades")), modules.toString());
        assertEquals(modules.size(), modules.stream().map(ModuleDescription::name).distinct().count());
    }

    @Test
    void permissionsAreNamedAfterTheirModuleAndMadeOfRealRoles() {
        for (ModuleDescription module : modules) {
            for (Permission p : module.permissions()) {
                assertTrue(p.name().startsWith(module.name() + "."), p.name());
                assertTrue(!p.roles().isEmpty() && p.roles().stream()
                        .allMatch(r -> Roles.isAssignable(r) || Roles.STAFF.equals(r)), p.toString());
            }
        }
    }

    @Test
    void everythingADescriptionNamesExists() {
        List<String> problems = new ArrayList<>();
        for (ModuleDescription m : modules) {
            m.pageGuards().forEach(g -> {
                check(problems, g.path().startsWith("/" + m.name() + "/"), m.name() + " guards another's pages " + g);
                check(problems, PERMISSIONS.contains(g.permission()), "unknown permission " + g);
            });
            m.menu().forEach(e -> {
                check(problems, e.permission() == null || PERMISSIONS.contains(e.permission()), "menu " + e);
                check(problems, Sources.anyBundleHas(e.labelKey()), "no label " + e.labelKey());
                check(problems, pageExists(e.outcome() + ".xhtml"), "no page for menu " + e.outcome());
            });
            m.imports().forEach(k -> {
                check(problems, PERMISSIONS.contains(k.permission()), "import " + k);
                check(problems, Sources.anyBundleHas(k.labelKey()), "no label " + k.labelKey());
            });
            Stream.concat(m.personPage().stream(), m.dashboards().stream()).map(PageContribution::include)
                    .forEach(i -> check(problems, i.startsWith("/" + m.name() + "/includes/") && pageExists(i),
                            "fragment " + i));
            m.stylesheets().forEach(s -> check(problems, Files.exists(Sources.resources(m.name())
                    .resolve(m.name()).resolve(s)), "style sheet " + s));
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void everyPermissionAPageAsksAboutIsDeclared() {
        Set<String> unknown = new TreeSet<>();
        for (Path page : Sources.allPages()) {
            Matcher m = MAY.matcher(Sources.read(page));
            while (m.find()) {
                if (!PERMISSIONS.contains(m.group(1))) {
                    unknown.add(m.group(1) + " (" + page.getFileName() + ")");
                }
            }
        }
        assertTrue(unknown.isEmpty(), "undeclared permissions: " + unknown);
    }

    @Test
    void pagesNameNoRoles() {
        List<Path> offenders = Sources.allPages().stream()
                .filter(p -> Sources.read(p).matches("(?s).*(isUserInRole|hasRole)\\s*\\(.*")).toList();
        assertTrue(offenders.isEmpty(), "pages asking for roles instead of permissions: " + offenders);
    }

    private static boolean pageExists(String path) {
        String module = path.split("/")[1];
        return Files.exists(Sources.SHELL_PAGES.resolve(path.substring(1)))
                || Files.exists(Sources.resources(module).resolve(path.substring(1)));
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
