package ma.gov.social.jisr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walls between modules: a module's internals are its own; others use its api package.
 * Module = the package right under ma.gov.social.jisr (platform, batch, web, and the business modules).
 */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleWallsTest {
    private static final Pattern INTERNAL = Pattern.compile("ma\\.gov\\.social\\.jisr\\.(\\w+)\\.internal(\\..*)?");

    @ArchTest
    static final ArchRule internalsStayInsideTheirModule = classes().should(onlyReachInternalsOfTheirOwnModule());

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("ma.gov.social.jisr.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule apiDoesNotLeakInternals = noClasses().that().resideInAPackage("..api..").should()
            .dependOnClassesThat().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule screensDoNotTouchPersistence = noClasses().that().resideInAPackage("ma.gov.social.jisr.web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule modulesDoNotDependOnScreens = noClasses().that().resideOutsideOfPackage("ma.gov.social.jisr.web..")
            .should().dependOnClassesThat().resideInAPackage("ma.gov.social.jisr.web..");

    private static ArchCondition<JavaClass> onlyReachInternalsOfTheirOwnModule() {
        return new ArchCondition<>("only depend on the internals of their own module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches()
                            && !origin.getPackageName().startsWith("ma.gov.social.jisr." + target.group(1) + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
