package org.iops.decisions.counting.rctab;

import static org.iops.decisions.counting.rctab.ConfigValues.fail;
import static org.iops.decisions.counting.rctab.ConfigValues.integer;
import static org.iops.decisions.counting.rctab.ConfigValues.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iops.decisions.counting.rctab.RctabContestConfig.Provider;
import org.iops.decisions.counting.rctab.RctabContestConfig.Source;
import tools.jackson.databind.JsonNode;

/**
 * The {@code cvrFileSources} of an RCTab configuration, validated as RCTab does for the providers
 * this engine reads ({@code cdf}, {@code genericCsv}); other providers and options that only apply
 * to them are refused.
 */
final class RctabSources {

private static final Set<String> SOURCE_KEYS = Set.of("filePath", "contestId", "firstVoteColumnIndex",
        "firstVoteRowIndex", "idColumnIndex", "batchColumnIndex", "precinctColumnIndex", "overvoteDelimiter",
        "provider", "overvoteLabel", "skippedRankLabel", "undervoteLabel", "undeclaredWriteInLabel",
        "treatBlankAsUndeclaredWriteIn");

    private RctabSources() {}

    /** The configuration's cast vote record sources, paths resolved against {@code folder}. */
    static List<Source> read(JsonNode root, Path folder, boolean tabulateByPrecinct, List<String> warnings) {
        JsonNode list = root.path("cvrFileSources");
        if (!list.isArray() || list.isEmpty()) {
            fail("cvrFileSources must contain at least 1 cast vote record file");
        }
        List<Source> sources = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (JsonNode node : list) {
            node.propertyNames().forEach(key -> {
                if (!SOURCE_KEYS.contains(key)) {
                    fail("cvrFileSources: unknown option \"" + key + "\"");
                }
            });
            String filePath = text(node, "filePath");
            if (filePath.isBlank()) {
                fail("cvrFileSources: filePath is required for each cast vote record file");
            }
            Path file = folder.resolve(filePath).normalize();
            if (!seen.add(file)) {
                fail("cvrFileSources: duplicate cast vote record filePath " + filePath);
            }
            if (!Files.isRegularFile(file)) {
                fail("cvrFileSources: cast vote record file not found: " + file);
            }
            String provider = text(node, "provider");
            String where = " for CVR source " + filePath;
            switch (provider) {
                case "cdf" -> sources.add(cdfSource(node, file, where, tabulateByPrecinct));
                case "genericCsv" -> sources.add(csvSource(node, file, where, warnings));
                case "ess", "dominion", "hart", "clearBallot" -> fail("cvrFileSources: provider \"" + provider
                        + "\" is not supported by this engine (supported: cdf, genericCsv)" + where);
                default -> fail("cvrFileSources: invalid provider \"" + provider + "\"" + where);
            }
        }
        return sources;
    }

    private static Source cdfSource(JsonNode node, Path file, String where, boolean tabulateByPrecinct) {
        String contestId = text(node, "contestId");
        if (contestId.isBlank()) {
            fail("contestId must be defined for CVR source with provider \"cdf\"" + where);
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".xml")) {
            fail("CDF source files must be .json or .xml" + where);
        }
        for (String key : List.of("firstVoteColumnIndex", "firstVoteRowIndex", "idColumnIndex", "batchColumnIndex",
                "precinctColumnIndex", "overvoteDelimiter", "undervoteLabel", "skippedRankLabel")) {
            if (!text(node, key).isBlank()) {
                fail(key + " should not be defined for CVR source with provider \"cdf\"" + where);
            }
        }
        if (node.path("treatBlankAsUndeclaredWriteIn").asBoolean(false)) {
            fail("treatBlankAsUndeclaredWriteIn should not be true for CVR source with provider \"cdf\"" + where);
        }
        if (tabulateByPrecinct) {
            fail("tabulateByPrecinct may not be used with CDF files");
        }
        return new Source(Provider.CDF, file, contestId, 0, 0, text(node, "overvoteLabel"),
                text(node, "undeclaredWriteInLabel"));
    }

    private static Source csvSource(JsonNode node, Path file, String where, List<String> warnings) {
        if (!text(node, "contestId").isBlank()) {
            fail("contestId should not be defined for CVR source with provider \"genericCsv\"" + where);
        }
        int column = integer(node, "firstVoteColumnIndex", 1, 1000, where);
        int row = integer(node, "firstVoteRowIndex", 1, 100000, where);
        if (row < 2) {
            fail("firstVoteRowIndex must be at least 2 for a generic CSV source (row 1 names the candidates)" + where);
        }
        if (row > 2) {
            // RCTab 2.0.1's CsvCvrReader skips rows with parser.stream().skip(...), which reads
            // nothing: it counts every row after the header as a ballot whatever this says
            fail("firstVoteRowIndex " + row + " is refused for a generic CSV source: RCTab 2.0.1 ignores it and counts "
                    + "every row after the header as a ballot, so a recount starting at row " + row + " would differ; "
                    + "remove the rows between the header and the first ballot and set it to 2" + where);
        }
        for (String key : List.of("overvoteDelimiter", "overvoteLabel", "undervoteLabel", "skippedRankLabel")) {
            if (!text(node, key).isBlank()) {
                fail(key + " is not supported for CVR source with provider \"genericCsv\", whose cells hold "
                        + "rank numbers" + where);
            }
        }
        if (node.path("treatBlankAsUndeclaredWriteIn").asBoolean(false)) {
            fail("treatBlankAsUndeclaredWriteIn is not supported for CVR source with provider \"genericCsv\"" + where);
        }
        List<String> identifying = new ArrayList<>();
        for (String key : List.of("idColumnIndex", "batchColumnIndex", "precinctColumnIndex")) {
            if (!text(node, key).isBlank()) {
                integer(node, key, 1, 1000, where);
                identifying.add(key);
            }
        }
        if (!identifying.isEmpty()) {
            warnings.add(String.join(", ", identifying) + where + " only label ballots in RCTab's audit log "
                    + "and per-slice files; they don't change the count");
        }
        return new Source(Provider.GENERIC_CSV, file, "", column, row, "", text(node, "undeclaredWriteInLabel"));
    }
}
