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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walls between modules. Module = the package right under ma.gov.social.jisr ("web" is the webapp's
 * shell, "batch" the job artifacts). A module's internals are its own; others use its api package, and
 * only the modules {@link #MAY_USE} lists. Inside a module, packages form no cycle.
 */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleWallsTest {
    private static final Pattern MODULE = Pattern.compile("ma\\.gov\\.social\\.jisr\\.(\\w+)(\\..*)?");
    private static final Pattern INTERNAL = Pattern.compile("ma\\.gov\\.social\\.jisr\\.(\\w+)\\.internal(\\..*)?");

    /** Which module may use which (besides itself): the dependency table of the whole application. */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "platform", Set.of(),
            "centres", Set.of("platform", "funding"),
            "people", Set.of("platform"),
            "upgrades", Set.of("platform", "centres"),
            "casework", Set.of("platform", "people", "centres"),
            "women", Set.of("platform", "people", "centres", "casework", "funding"),
            "children", Set.of("platform", "people", "centres", "casework"),
            "funding", Set.of("platform"),
            "batch", Set.of("platform", "upgrades", "funding"),
            "web", Set.of("platform"));

    @ArchTest
    static final ArchRule modulesUseOnlyTheModulesTheTableAllows = classes().should(useOnlyAllowedModules());

    @ArchTest
    static final ArchRule internalsStayInsideTheirModule = classes().should(onlyReachInternalsOfTheirOwnModule());

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("ma.gov.social.jisr.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesInsideAModuleHaveNoCycles = slices()
            .matching("ma.gov.social.jisr.(*).(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiDoesNotLeakInternals = noClasses().that().resideInAPackage("..api..").should()
            .dependOnClassesThat().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule screensUseServicesNotInternals = noClasses().that().resideInAPackage("ma.gov.social.jisr..web..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule onlyScreensDependOnScreens = noClasses().that().resideOutsideOfPackage("ma.gov.social.jisr..web..")
            .should().dependOnClassesThat().resideInAPackage("ma.gov.social.jisr..web..");

    /** What a job calls in a module (its api.batch package) is not open to screens nor other modules. */
    @ArchTest
    static final ArchRule onlyJobsCallBatchSteps = classes().that().resideInAPackage("ma.gov.social.jisr.*.api.batch..")
            .should(beUsedOnlyByJobsAndTheirModule());

    static String moduleOf(String packageName) {
        Matcher m = MODULE.matcher(packageName);
        return m.matches() ? m.group(1) : "";
    }

    private static ArchCondition<JavaClass> beUsedOnlyByJobsAndTheirModule() {
        return new ArchCondition<>("be used only by batch artifacts and their own module's internals") {
            @Override
            public void check(JavaClass step, ConditionEvents events) {
                String owner = moduleOf(step.getPackageName());
                for (Dependency dependency : step.getDirectDependenciesToSelf()) {
                    String user = dependency.getOriginClass().getPackageName();
                    boolean job = moduleOf(user).equals("batch");
                    boolean own = moduleOf(user).equals(owner) && !user.contains(".web");
                    if (!job && !own) {
                        events.add(SimpleConditionEvent.violated(dependency, "a batch step used outside its job: "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyAllowedModules() {
        return new ArchCondition<>("use only the modules the dependency table allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String to = moduleOf(dependency.getTargetClass().getPackageName());
                    if (!to.isEmpty() && !to.equals(from)
                            && !MAY_USE.getOrDefault(from, Set.of()).contains(to)) {
                        events.add(SimpleConditionEvent.violated(dependency, from + " may not use " + to + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

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
