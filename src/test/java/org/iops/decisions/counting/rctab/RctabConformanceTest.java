package org.iops.decisions.counting.rctab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.WinnerElectionMode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs RCTab's own published test cases ({@code ../shared/rctab-tests} beside the project, or the
 * folder named by the system property or environment variable {@code IOPS_RCTAB_TESTS}) and
 * compares each detailed report with RCTab's, as JSON trees, ignoring only who generated it and
 * when. One dynamic test per case folder; skipped when the folder is absent.
 */
class RctabConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Cases RCTab expects to fail, with a word the refusal must contain.
    private static final Map<String, String> EXPECTED_FAILURES = Map.of("max_ranking_enforcement", "maxRankingsAllowed");

    @TestFactory
    Stream<DynamicTest> reproducesRctabDetailedReports() throws IOException {
        Path root = casesFolder();
        Assumptions.assumeTrue(Files.isDirectory(root), "RCTab test cases not found at " + root);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).sorted().forEach(folder -> {
                String stem = folder.getFileName().toString();
                Path config = folder.resolve(stem + "_config.json");
                if (Files.isRegularFile(config)) {
                    tests.add(DynamicTest.dynamicTest(stem, () -> checkCase(stem, folder, config)));
                }
            });
        }
        assertThat(tests).as("case folders under " + root).isNotEmpty();
        return tests.stream();
    }

    private static void checkCase(String stem, Path folder, Path config) throws IOException {
        if (EXPECTED_FAILURES.containsKey(stem)) {
            assertThatThrownBy(() -> RctabTally.run(config))
                    .isInstanceOf(CountingException.class)
                    .hasMessageContaining(EXPECTED_FAILURES.get(stem));
            return;
        }
        RctabTally.Outcome outcome = RctabTally.run(config);
        List<Path> expectedReports = expectedReports(stem, folder, outcome);
        if (expectedReports.isEmpty()) {
            // conversion-only cases: RCTab compares other files, the count must simply succeed
            assertThat(outcome.reports()).isNotEmpty();
            return;
        }
        assertThat(outcome.reports()).hasSameSizeAs(expectedReports);
        for (int i = 0; i < expectedReports.size(); i++) {
            JsonNode expected = MAPPER.readTree(Files.readString(expectedReports.get(i)));
            // compare what the command prints, read back, with RCTab's file
            JsonNode actual = MAPPER.readTree(RctabReport.toPrettyString(outcome.reports().get(i)));
            String difference = ReportComparison.firstDifference(expected, actual);
            assertThat(difference).as("difference from " + expectedReports.get(i).getFileName()).isNull();
        }
    }

    private static List<Path> expectedReports(String stem, Path folder, RctabTally.Outcome outcome) {
        List<Path> reports = new ArrayList<>();
        if (outcome.config().rules().winnerElectionMode() == WinnerElectionMode.MULTI_PASS_IRV) {
            for (int pass = 1; pass <= outcome.reports().size(); pass++) {
                Path report = folder.resolve(stem + "_" + pass + "_expected_detailed_report.json");
                if (Files.isRegularFile(report)) {
                    reports.add(report);
                }
            }
        } else {
            Path report = folder.resolve(stem + "_expected_detailed_report.json");
            if (Files.isRegularFile(report)) {
                reports.add(report);
            }
        }
        return reports;
    }

    static Path casesFolder() {
        String configured = System.getProperty("IOPS_RCTAB_TESTS", System.getenv("IOPS_RCTAB_TESTS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.dir")).resolve("../shared/rctab-tests").normalize();
    }
}
