package org.iops.decisions.counting.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iops.decisions.counting.cli.TallyCommand;
import org.iops.decisions.counting.rctab.ReportComparison;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Differential test against RCTab 2.0.1: random contests ({@link RandomContest}) are counted by the
 * {@code tally} command (in this JVM) and by RCTab ({@link RctabOracle}); the reports must agree as
 * parsed JSON, ignoring only who generated them and when, and a contest one refuses the other must
 * refuse too.
 *
 * <p>A round is {@code iops.differential.contests} contests (200 by default) from the seed {@code
 * iops.differential.seed} (a new one each run, printed); contest {@code i} is drawn from seed + i,
 * so a divergence is reproduced with {@code -Diops.differential.seed=<its seed>
 * -Diops.differential.contests=1}. The contests stay in {@code target/differential/<seed>}.
 */
class DifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tallyAgreesWithRctabOnRandomContests() throws IOException, InterruptedException {
        RctabOracle oracle = RctabOracle.locate();
        long seed = Long.getLong("iops.differential.seed", System.nanoTime() % 1_000_000_000L);
        int contests = Integer.getInteger("iops.differential.contests", 200);
        int jvms = Integer.getInteger("iops.differential.jvms", 2);
        System.out.println("Differential test: " + contests + " contests from seed " + seed
                + " (rerun with -Diops.differential.seed=" + seed + ")");
        Path root = Path.of("target", "differential", Long.toString(seed)).toAbsolutePath();
        RctabOracle.deleteTree(root);
        List<Path> configs = new ArrayList<>();
        for (int i = 0; i < contests; i++) {
            configs.add(RandomContest.write(seed + i, root.resolve("contest-" + (seed + i))));
        }
        Map<Path, List<JsonNode>> expected = oracle.count(configs, jvms);
        List<String> divergences = new ArrayList<>();
        int refusedByBoth = 0;
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        for (int i = 0; i < contests; i++) {
            Path config = configs.get(i);
            Tally ours = tally(config);
            String difference = difference(expected.get(config), ours);
            if (difference != null) {
                divergences.add("contest seed " + (seed + i) + " (" + config.getParent() + "): " + difference);
            } else if (ours.reports.isEmpty()) {
                refusedByBoth++;
                // the kind of refusal, without the file names and counts that vary
                String kind = ours.errors.replaceAll("/[^ :]*", "").replaceAll("\\d+", "N");
                refusals.merge(kind.substring(0, Math.min(90, kind.length())), 1, Integer::sum);
            }
        }
        System.out.println("Differential test: " + (contests - divergences.size()) + " of " + contests
                + " agree (" + refusedByBoth + " refused by both)");
        refusals.forEach((kind, count) -> System.out.println("  refused by both, " + count + "x: " + kind));
        divergences.stream().limit(10).forEach(System.out::println);
        assertThat(divergences).as("contests where tally and RCTab 2.0.1 differ (seed " + seed + ")").isEmpty();
    }

    /** What the command printed: its reports (none when it refused) and its error output. */
    record Tally(List<JsonNode> reports, String errors) {}

    static Tally tally(Path config) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TallyCommand.run(new String[] {"tally", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> reports = new ArrayList<>();
        if (status == 0) {
            JSON.readerFor(JsonNode.class).<JsonNode>readValues(out.toString(StandardCharsets.UTF_8))
                    .forEachRemaining(reports::add);
        }
        return new Tally(reports, err.toString(StandardCharsets.UTF_8).strip());
    }

    /** The first difference between RCTab's reports and ours, or null when they agree. */
    static String difference(List<JsonNode> rctab, Tally ours) {
        if (rctab.isEmpty() && ours.reports.isEmpty()) {
            return null;
        }
        if (rctab.isEmpty()) {
            return "RCTab refused the contest, tally counted it";
        }
        if (ours.reports.isEmpty()) {
            return "tally refused the contest, RCTab counted it: " + ours.errors;
        }
        if (rctab.size() != ours.reports.size()) {
            return "RCTab wrote " + rctab.size() + " reports, tally " + ours.reports.size();
        }
        for (int pass = 0; pass < rctab.size(); pass++) {
            String difference = ReportComparison.firstDifference(rctab.get(pass), ours.reports.get(pass));
            if (difference != null) {
                return (rctab.size() > 1 ? "pass " + (pass + 1) + ": " : "") + difference;
            }
        }
        return null;
    }
}
