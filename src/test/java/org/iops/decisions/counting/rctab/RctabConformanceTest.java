package org.iops.decisions.counting.rctab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs RCTab's own published test cases ({@code ../shared/rctab-tests} beside the project, or the
 * folder named by the system property or environment variable {@code IOPS_RCTAB_TESTS}) and
 * compares each detailed report with RCTab's, as JSON trees, ignoring only who generated it and
 * when. One dynamic test per case folder; fails when the folder is absent.
 */
class RctabConformanceTest {

    // Cases RCTab expects to fail, with a word the refusal must contain.
    private static final Map<String, String> EXPECTED_FAILURES = Map.of("max_ranking_enforcement", "maxRankingsAllowed");

    @TestFactory
    Stream<DynamicTest> reproducesRctabDetailedReports() throws IOException {
        Path root = casesFolder();
        // CI must run these cases: missing data is a failure, never a skip
        assertThat(root).as("RCTab test cases (set IOPS_RCTAB_TESTS or put them at ../shared/rctab-tests)")
                .isDirectory();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).sorted().forEach(folder -> {
                String stem = folder.getFileName().toString();
                Path config = folder.resolve(stem + "_config.json");
                if (Files.isRegularFile(config)) {
                    tests.add(DynamicTest.dynamicTest(stem, () -> RctabCaseRunner.check(stem, folder, config, EXPECTED_FAILURES)));
                }
            });
        }
        assertThat(tests).as("case folders under " + root).isNotEmpty();
        return tests.stream();
    }

    static Path casesFolder() {
        String configured = System.getProperty("IOPS_RCTAB_TESTS", System.getenv("IOPS_RCTAB_TESTS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.dir")).resolve("../shared/rctab-tests").normalize();
    }
}
