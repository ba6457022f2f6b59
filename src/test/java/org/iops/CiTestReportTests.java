package org.iops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .ci/test-report}, which {@code .ci/run} calls after {@code ./mvnw verify}: it prints what each plugin ran
 * and fails CI when a test was skipped, failed, or when a plugin's tests did not run at all.
 */
class CiTestReportTests {

    @TempDir
    Path target;

    record Outcome(int exitCode, String output) {
    }

    @Test
    void passesWhenEveryTestRanAndPassed() throws Exception {
        report("surefire", "org.iops.AccountTests", "<testcase classname=\"org.iops.AccountTests\" name=\"joins\"/>"
                + "<testcase classname=\"org.iops.AccountTests\" name=\"leaves\"/>", 2, 0, 0);
        aPassingBrowserTest();

        Outcome outcome = run();

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("surefire      2 run, 0 failed, 0 errors, 0 skipped  (1 classes)")
                .contains("failsafe      1 run, 0 failed, 0 errors, 0 skipped  (1 classes)")
                .doesNotContain("FAILED");
    }

    @Test
    void failsAndNamesTheTestWhenOneWasSkipped() throws Exception {
        report("surefire", "org.iops.AccountTests", "<testcase classname=\"org.iops.AccountTests\" name=\"joins\"/>", 1,
                0, 0);
        report("failsafe", "org.iops.ExternalPostgresIT", "<testcase classname=\"org.iops.ExternalPostgresIT\" "
                + "name=\"migrates\"><skipped message=\"Environment variable [IOPS_TEST_DATABASE_URL] does not exist\"/>"
                + "</testcase>", 1, 0, 1);

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isOne();
        assertThat(outcome.output()).contains("failsafe      1 run, 0 failed, 0 errors, 1 skipped")
                .contains("skipped: org.iops.ExternalPostgresIT#migrates (Environment variable "
                        + "[IOPS_TEST_DATABASE_URL] does not exist)")
                .contains("FAILED");
    }

    @Test
    void failsWhenAPluginRanNoTests() throws Exception {
        report("surefire", "org.iops.AccountTests", "<testcase classname=\"org.iops.AccountTests\" name=\"joins\"/>", 1,
                0, 0);

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isOne();
        assertThat(outcome.output()).contains("no failsafe reports").contains("FAILED");
    }

    @Test
    void failsOnAFailure() throws Exception {
        report("surefire", "org.iops.AccountTests", "<testcase classname=\"org.iops.AccountTests\" name=\"joins\">"
                + "<failure message=\"expected\"/></testcase>", 1, 1, 0);
        aPassingBrowserTest();

        assertThat(run().exitCode()).isOne();
    }

    @Test
    void failsAndNamesATestClassThatHasNoReport() throws Exception {
        source("org/iops/AccountTests.java", "package org.iops;\nclass AccountTests {\n    @Test\n    void joins() {}\n}\n");
        source("org/iops/VanishedTests.java", "package org.iops;\nclass VanishedTests {\n    @Test\n    void x() {}\n}\n");
        source("org/iops/BaseTest.java", "package org.iops;\npublic abstract class BaseTest {\n    @Test\n    void y() {}\n}\n");
        source("org/iops/TestClock.java", "package org.iops;\npublic class TestClock {\n}\n");
        report("surefire", "org.iops.AccountTests", "<testcase classname=\"org.iops.AccountTests\" name=\"joins\"/>", 1,
                0, 0);
        aPassingBrowserTest();
        source("org/iops/MembersBrowserIT.java", "package org.iops;\nclass MembersBrowserIT {\n    @Test\n    void x() {}\n}\n");

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isOne();
        assertThat(outcome.output()).contains("never ran: org.iops.VanishedTests").doesNotContain("BaseTest")
                .doesNotContain("TestClock").doesNotContain("never ran: org.iops.AccountTests")
                .doesNotContain("never ran: org.iops.MembersBrowserIT").contains("FAILED");
    }

    private void source(String path, String text) throws IOException {
        Path file = target.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void aPassingBrowserTest() throws IOException {
        report("failsafe", "org.iops.MembersBrowserIT", "<testcase classname=\"org.iops.MembersBrowserIT\" name=\"x\"/>",
                1, 0, 0);
    }

    private void report(String plugin, String suite, String cases, int tests, int failures, int skipped)
            throws IOException {
        Path folder = Files.createDirectories(target.resolve(plugin + "-reports"));
        Files.writeString(folder.resolve("TEST-" + suite + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<testsuite name=\"" + suite + "\" time=\"0.1\" tests=\"" + tests + "\" errors=\"0\" skipped=\""
                + skipped + "\" failures=\"" + failures + "\">" + cases + "</testsuite>", StandardCharsets.UTF_8);
    }

    private Outcome run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", ".ci/test-report", target.toString(),
                target.resolve("src").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(process.waitFor(), output);
    }
}
