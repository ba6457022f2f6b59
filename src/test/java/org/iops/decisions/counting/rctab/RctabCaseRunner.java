package org.iops.decisions.counting.rctab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.WinnerElectionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs one case folder laid out as RCTab's test data: {@code <stem>_config.json} and the expected
 * detailed report {@code <stem>_expected_detailed_report.json} (for multi-pass IRV, {@code
 * <stem>_<pass>_expected_detailed_report.json}).
 */
final class RctabCaseRunner {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RctabCaseRunner() {}

    /**
     * Tallies the case and compares each report with the expected one.
     *
     * @param expectedFailures stems of cases that must be refused, with a word the refusal contains
     */
    static void check(String stem, Path folder, Path config, Map<String, String> expectedFailures) throws IOException {
        if (expectedFailures.containsKey(stem)) {
            assertThatThrownBy(() -> RctabTally.run(config))
                    .isInstanceOf(CountingException.class)
                    .hasMessageContaining(expectedFailures.get(stem));
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
}
