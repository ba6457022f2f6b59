package org.iops.decisions.counting.rctab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own RCTab-format cases ({@code src/test/resources/counting/rctab-cases}): modes and
 * input paths RCTab's published cases don't cover (bottoms-up, multi-pass IRV, CDF JSON written
 * election-first, namespace-free CDF XML). Their expected reports were worked out by hand; see the
 * README beside them.
 */
class HandMadeCasesTest {

    @TestFactory
    Stream<DynamicTest> tallyTheHandMadeCasesAsWorkedOut() throws IOException, URISyntaxException {
        return cases("/counting/rctab-cases", Map.of());
    }

    /** Contests on which the differential test once found a divergence from RCTab 2.0.1. */
    @TestFactory
    Stream<DynamicTest> tallyTheDifferentialRegressionCasesAsRctabDoes() throws IOException, URISyntaxException {
        return cases("/counting/differential-cases", Map.of("overvote_label_across_sources", "overvoteLabel",
                "rank_as_text", "not a JSON integer",
                "csv_first_vote_row", "firstVoteRowIndex 4 is refused for a generic CSV source: RCTab 2.0.1 ignores it"));
    }

    private static Stream<DynamicTest> cases(String resource, Map<String, String> expectedFailures)
            throws IOException, URISyntaxException {
        Path root = Path.of(HandMadeCasesTest.class.getResource(resource).toURI());
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        return folders.stream().map(folder -> {
            String stem = folder.getFileName().toString();
            return DynamicTest.dynamicTest(stem,
                    () -> RctabCaseRunner.check(stem, folder, folder.resolve(stem + "_config.json"), expectedFailures));
        });
    }
}
