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

    // the forbidden names are put together here, so that no test source, this one included, spells them out
    private static final String SLEEP = "sl" + "eep";
    private static final String SWITCHED_OFF = "Dis" + "abled";
    private static final String ASSUMPTIONS = "Assum" + "ptions";

    private static final DescribedPredicate<JavaMethodCall> SLEEPS = DescribedPredicate.describe(
            "Thread." + SLEEP + ", TimeUnit." + SLEEP + " or Playwright's waitForTimeout", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                return name.equals(SLEEP) && (owner.equals(Thread.class.getName())
                        || owner.equals(TimeUnit.class.getName()))
                        || name.equals("waitForTimeout") && owner.startsWith("com.microsoft.playwright.");
            });

    private static final DescribedPredicate<JavaMethodCall> ASSUMES = DescribedPredicate.describe(
            "JUnit's or AssertJ's assumptions", call -> {
                String owner = call.getTarget().getOwner().getName();
                return owner.equals("org.junit.jupiter.api." + ASSUMPTIONS)
                        || owner.equals("org.assertj.core.api." + ASSUMPTIONS);
            });

    private static final String DISABLED = "org.junit.jupiter.api." + SWITCHED_OFF;

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
                .anySatisfy(v -> assertThat(v).contains("Thread." + SLEEP))
                .anySatisfy(v -> assertThat(v).contains("TimeUnit." + SLEEP))
                .anySatisfy(v -> assertThat(v).contains(ASSUMPTIONS).contains("assume" + "True"))
                .anySatisfy(v -> assertThat(v).contains("Offender").contains(SWITCHED_OFF))
                .anySatisfy(v -> assertThat(v).contains("waitABit").contains(SWITCHED_OFF));
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
     * Writes and compiles, in {@code folder} only, a class doing everything the rules forbid (so that no real test
     * source sleeps or switches itself off), with the test classpath, for the rules to read. It never runs.
     */
    private static Path compiledOffender(Path folder) throws IOException {
        Path source = folder.resolve("hygienefixture/Offender.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package hygienefixture;

                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.%2$s;
                import org.junit.jupiter.api.%3$s;

                @%2$s
                class Offender {

                    @%2$s
                    void waitABit() throws InterruptedException {
                        Thread.%1$s(100);
                        TimeUnit.MILLISECONDS.%1$s(100);
                        %3$s.%4$s(System.getenv("CI") != null);
                    }
                }
                """.formatted(SLEEP, SWITCHED_OFF, ASSUMPTIONS, "assume" + "True"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", folder.toString(), source.toString());
        assertThat(status).as("the offender fixture compiles").isZero();
        return folder.resolve("hygienefixture");
    }
}
