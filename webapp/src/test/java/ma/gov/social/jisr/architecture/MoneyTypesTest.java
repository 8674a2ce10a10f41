package ma.gov.social.jisr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Money is {@link Dirhams} everywhere: a field or record component (a record's components are its fields)
 * whose name says money may not be a bare number, where a double would round a centime away or a
 * BigDecimal would let amounts finer than a centime in. Dirhams itself is the one place a BigDecimal holds it.
 */
@AnalyzeClasses(packages = "ma.gov.social.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class MoneyTypesTest {
    static final Pattern MONEY = Pattern.compile("(?i).*(cost|budget|amount|price|dirhams|paid|tranche).*");
    private static final Set<String> BARE_NUMBERS = Set.of(BigDecimal.class.getName(), "double", "float",
            Double.class.getName(), Float.class.getName());

    private static final DescribedPredicate<JavaField> NAMED_AS_MONEY = DescribedPredicate.describe(
            "are named as money (" + MONEY.pattern() + ")", f -> MONEY.matcher(f.getName()).matches());

    @ArchTest
    static final ArchRule moneyIsDirhams = fields().that(NAMED_AS_MONEY).and().areNotDeclaredIn(Dirhams.class)
            .should().haveRawType(DescribedPredicate.not(DescribedPredicate.describe("BigDecimal, double or float",
                    c -> BARE_NUMBERS.contains(c.getName()))))
            .because("money is " + Dirhams.class.getSimpleName() + ": exact to the centime, formatted the same way"
                    + " on every screen").allowEmptyShould(true);
}
