package ma.gov.social.jisr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.util.List;

/** Every public service method says who may call it, on itself or on its class. */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityDeclarationTest {
    private static final List<Class<? extends java.lang.annotation.Annotation>> DECLARATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    @ArchTest
    static final ArchRule servicesDeclareWhoMayCallThem = methods().that().arePublic()
            .and().areDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("EJBs",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Stateless.class)
                            || c.isAnnotatedWith(Singleton.class)))
            .should(declareWhoMayCall());

    /**
     * A bean serving any interface of a module's api is an EJB (so its @RolesAllowed are enforced), whatever
     * the interface is called. Not services: the platform's module descriptions and registry (api.module)
     * and a module's api.spi (what other modules implement for it to call, like the case kernel's
     * CaseModule), which modules implement for the platform or a kernel to read, and the caller's own identity and login state
     * (CurrentUser, LastLoginAttempt): request data, not services.
     */
    @ArchTest
    static final ArchRule apiInterfacesAreServedByEjbs = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("are beans serving an api interface",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> isBean(c) && c.getAllRawInterfaces().stream()
                            .anyMatch(SecurityDeclarationTest::isServiceInterface)))
            .should().beAnnotatedWith(Stateless.class).orShould().beAnnotatedWith(Singleton.class)
            .because("only EJBs enforce @RolesAllowed in Jakarta EE 10");

    private static boolean isServiceInterface(com.tngtech.archunit.core.domain.JavaClass i) {
        String name = i.getName();
        return name.startsWith("ma.gov.social.jisr.") && i.getPackageName().contains(".api")
                && !i.getPackageName().equals("ma.gov.social.jisr.platform.api.module")
                && !i.getPackageName().endsWith(".api.spi")
                && !name.equals("ma.gov.social.jisr.platform.api.ModuleSchema")
                && !name.equals("ma.gov.social.jisr.platform.api.CurrentUser")
                && !name.equals("ma.gov.social.jisr.platform.api.LastLoginAttempt");
    }

    private static boolean isBean(com.tngtech.archunit.core.domain.JavaClass c) {
        return !c.isInterface() && !c.isAnonymousClass() && (c.isAnnotatedWith(Stateless.class)
                || c.isAnnotatedWith(Singleton.class) || c.getAnnotations().stream().anyMatch(a -> a.getRawType()
                .getPackageName().equals("jakarta.enterprise.context")));
    }

    private static ArchCondition<JavaMethod> declareWhoMayCall() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.STATIC) || method.getModifiers()
                        .contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean declared = DECLARATIONS.stream().anyMatch(a -> method.isAnnotatedWith(a)
                        || method.getOwner().isAnnotatedWith(a));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " does not declare who may call it"));
                }
            }
        };
    }
}
