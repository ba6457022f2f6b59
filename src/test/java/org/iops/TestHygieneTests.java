package org.iops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Tests that cannot vanish or flake on a slow machine: no test sleeps a fixed time (wait for the outcome with
 * Awaitility, Spring Modulith's {@code Scenario} or Playwright's auto-waiting assertions, or move the
 * {@link TestClock}), and none is switched off with {@code @Disabled} or an {@code assume...}, which would turn a
 * failure into a silent skip. {@code .ci/run} fails on any test skipped another way.
 */
class TestHygieneTests {

    private static final DescribedPredicate<JavaMethodCall> SLEEPS = DescribedPredicate.describe(
            "Thread.sleep, TimeUnit.sleep or Playwright's waitForTimeout", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                return name.equals("sleep") && (owner.equals(Thread.class.getName())
                        || owner.equals(TimeUnit.class.getName()))
                        || name.equals("waitForTimeout") && owner.startsWith("com.microsoft.playwright.");
            });

    private static final DescribedPredicate<JavaMethodCall> ASSUMES = DescribedPredicate.describe(
            "JUnit's or AssertJ's assumptions", call -> {
                String owner = call.getTarget().getOwner().getName();
                return owner.equals(Assumptions.class.getName()) || owner.equals("org.assertj.core.api.Assumptions");
            });

    static final List<ArchRule> RULES = List.of(
            noClasses().should().callMethodWhere(SLEEPS)
                    .because("a fixed sleep is too short on a busy machine and too long on an idle one"),
            noClasses().should().callMethodWhere(ASSUMES)
                    .because("an assumption turns a failing test into a skipped one"),
            noClasses().should().beAnnotatedWith(Disabled.class).because("a disabled test is a deleted test"),
            noMethods().should().beAnnotatedWith(Disabled.class).because("a disabled test is a deleted test"));

    private static final JavaClasses TESTS = withoutLibraries(() -> new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.iops")
            .that(DescribedPredicate.not(JavaClass.Predicates.belongTo(
                    JavaClass.Predicates.equivalentTo(Offender.class)))));

    @Test
    void noTestSleepsOrSwitchesItselfOff() {
        assertThat(TESTS).as("the test classes").hasSizeGreaterThan(50);
        assertThat(TESTS.contain(ModularityTests.class)).isTrue();
        RULES.forEach(rule -> rule.check(TESTS));
    }

    @Test
    void theRulesCatchASleepAnAssumptionAndADisabledTest() {
        JavaClasses offender = withoutLibraries(() -> new ClassFileImporter().importClasses(Offender.class));
        List<String> violations = RULES.stream().map(rule -> rule.evaluate(offender))
                .filter(EvaluationResult::hasViolation)
                .flatMap(result -> result.getFailureReport().getDetails().stream()).toList();
        assertThat(violations).hasSize(5)
                .anySatisfy(v -> assertThat(v).contains("Thread.sleep"))
                .anySatisfy(v -> assertThat(v).contains("TimeUnit.sleep"))
                .anySatisfy(v -> assertThat(v).contains("Assumptions.assumeTrue"))
                .anySatisfy(v -> assertThat(v).contains("Offender").contains("Disabled"))
                .anySatisfy(v -> assertThat(v).contains("waitABit").contains("Disabled"));
    }

    /**
     * The rules read only the names of the methods called, so the libraries the tests call need not be imported
     * too (that took most of this test's time); the setting is restored for the other ArchUnit users in this JVM.
     */
    private static JavaClasses withoutLibraries(Supplier<JavaClasses> importer) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return importer.get();
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    /** What the rules forbid; never run (it has no {@code @Test}), only read by {@link #RULES}. */
    @Disabled
    static class Offender {

        @Disabled
        void waitABit() throws InterruptedException {
            Thread.sleep(100);
            TimeUnit.MILLISECONDS.sleep(100);
            Assumptions.assumeTrue(System.getenv("CI") != null);
        }
    }
}
