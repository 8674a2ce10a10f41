package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.beans.Introspector;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pages name beans in one space shared by every module (two modules' "DashboardView" would both be
 * "dashboardView"), and EJBs by their class's simple name: either clash makes the server refuse the whole
 * application at deployment. This says which
 * classes clash while the build is still cheap; give one of them an explicit, module-prefixed name.
 */
class BeanNamesTest {
    @Test
    void noTwoNamedBeansShareAName() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.gov.social.jisr");
        Map<String, List<String>> byName = new TreeMap<>();
        for (JavaClass c : classes) {
            if (c.isAnnotatedWith(Named.class)) {
                String value = c.getAnnotationOfType(Named.class).value();
                String name = value.isEmpty() ? Introspector.decapitalize(c.getSimpleName()) : value;
                byName.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(c.getName());
            }
        }
        Map<String, List<String>> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), clashes);
    }

    /** An EJB is named by its class's simple name within the WAR: two modules' DashboardBean are one too many. */
    @Test
    void noTwoEjbsShareAClassName() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.gov.social.jisr");
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (JavaClass c : classes) {
            if (c.isAnnotatedWith(jakarta.ejb.Stateless.class) || c.isAnnotatedWith(jakarta.ejb.Singleton.class)) {
                bySimpleName.computeIfAbsent(c.getSimpleName(), n -> new java.util.ArrayList<>()).add(c.getName());
            }
        }
        assertEquals(Map.of(), bySimpleName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
