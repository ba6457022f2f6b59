package org.iops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that cannot vanish or flake on a slow machine: no test sleeps a fixed time (wait for the outcome with
 * Awaitility, Spring Modulith's {@code Scenario} or Playwright's auto-waiting assertions, or move the
 * {@link TestClock}), and none is switched off with JUnit's Disabled annotation or an assumption, which would turn a
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
                return owner.equals("org.junit.jupiter.api.Assumptions") || owner.equals("org.assertj.core.api.Assumptions");
            });

    private static final String DISABLED = "org.junit.jupiter.api.Disabled";

    static final List<ArchRule> RULES = List.of(
            noClasses().should().callMethodWhere(SLEEPS)
                    .because("a fixed sleep is too short on a busy machine and too long on an idle one"),
            noClasses().should().callMethodWhere(ASSUMES)
                    .because("an assumption turns a failing test into a skipped one"),
            noClasses().should().beAnnotatedWith(DISABLED).because("a disabled test is a deleted test"),
            noMethods().should().beAnnotatedWith(DISABLED).because("a disabled test is a deleted test"));

    private static final JavaClasses TESTS = withoutLibraries(() -> new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.iops"));

    @Test
    void noTestSleepsOrSwitchesItselfOff() {
        assertThat(TESTS).as("the test classes").hasSizeGreaterThan(50);
        assertThat(TESTS.contain(ModularityTests.class)).isTrue();
        RULES.forEach(rule -> rule.check(TESTS));
    }

    @Test
    void theRulesCatchASleepAnAssumptionAndADisabledTest(@TempDir Path folder) throws IOException {
        Path compiled = compiledOffender(folder);
        JavaClasses offender = withoutLibraries(() -> new ClassFileImporter().importPath(compiled));
        List<String> violations = RULES.stream().map(rule -> rule.evaluate(offender))
                .filter(EvaluationResult::hasViolation)
                .flatMap(result -> result.getFailureReport().getDetails().stream()).toList();
        assertThat(violations).hasSize(5)
                .anySatisfy(v -> assertThat(v).contains("Thread.sleep"))
                .anySatisfy(v -> assertThat(v).contains("TimeUnit.sleep"))
                .anySatisfy(v -> assertThat(v).contains("Assumptions").contains("assume" + "True"))
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

    /**
     * Compiles the offending fixture (a resource, so that no real test source sleeps or switches itself off) into
     * {@code folder}, with the test classpath, for the rules to read.
     */
    private static Path compiledOffender(Path folder) throws IOException {
        Path source = folder.resolve("hygienefixture/Offender.java");
        Files.createDirectories(source.getParent());
        try (InputStream text = TestHygieneTests.class.getResourceAsStream("/org/iops/hygiene/Offender.java.txt")) {
            assertThat(text).as("the offender fixture").isNotNull();
            Files.copy(text, source);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", folder.toString(), source.toString());
        assertThat(status).as("the offender fixture compiles").isZero();
        return folder.resolve("hygienefixture");
    }
}
