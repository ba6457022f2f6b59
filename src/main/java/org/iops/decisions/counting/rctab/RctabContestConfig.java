package org.iops.decisions.counting.rctab;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iops.decisions.counting.Candidate;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.OvervoteRule;
import org.iops.decisions.counting.TiebreakMode;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.cvr.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An RCTab contest configuration file (see RCTab's {@code config_file_documentation.txt}): output
 * settings, cast vote record sources, candidates and rules. Loading validates it as RCTab does and
 * refuses, naming the option, whatever this engine does not support: interactive tie-breaks, CVR
 * providers other than {@code cdf} and {@code genericCsv}, and source options that only apply to
 * other providers. Options that only shape RCTab's other output files are reported as warnings.
 *
 * @param contestName outputSettings.contestName
 * @param contestDate outputSettings.contestDate, or null
 * @param contestJurisdiction outputSettings.contestJurisdiction, or null
 * @param contestOffice outputSettings.contestOffice, or null
 * @param sources the cast vote record sources, paths resolved against the configuration's folder
 * @param rules the candidates and rules
 * @param warnings options accepted but without effect on the detailed report
 */
public record RctabContestConfig(
        String contestName,
        String contestDate,
        String contestJurisdiction,
        String contestOffice,
        List<Source> sources,
        ContestRules rules,
        List<String> warnings) {

    private static final Set<String> RULE_KEYS = Set.of("tiebreakMode", "overvoteRule", "winnerElectionMode",
            "randomSeed", "numberOfWinners", "multiSeatBottomsUpPercentageThreshold", "decimalPlacesForVoteArithmetic",
            "minimumVoteThreshold", "maxSkippedRanksAllowed", "maxRankingsAllowed", "nonIntegerWinningThreshold",
            "doesFirstRoundDetermineThreshold", "hareQuota", "batchElimination", "cutoffElimination", "continueUntilTwoCandidatesRemain",
            "stopTabulationEarlyAfterRound", "exhaustOnDuplicateCandidate", "rulesDescription",
            "treatBlankAsUndeclaredWriteIn");
    private static final Set<String> SOURCE_KEYS = Set.of("filePath", "contestId", "firstVoteColumnIndex",
            "firstVoteRowIndex", "idColumnIndex", "batchColumnIndex", "precinctColumnIndex", "overvoteDelimiter",
            "provider", "overvoteLabel", "skippedRankLabel", "undervoteLabel", "undeclaredWriteInLabel",
            "treatBlankAsUndeclaredWriteIn");
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("tabulatorVersion", "outputSettings", "cvrFileSources",
            "candidates", "rules");
    private static final Set<String> OUTPUT_KEYS = Set.of("contestName", "outputDirectory", "contestDate",
            "contestJurisdiction", "contestOffice", "tabulateByBatch", "tabulateByPrecinct", "generateCdfJson");
    private static final Map<String, String> INTERACTIVE_TIEBREAKS = Map.of(
            "stopCountingAndAsk", "stops the count to ask an operator",
            "previousRoundCountsThenAsk", "may stop the count to ask an operator");

    /** Provider of a cast vote record source. */
    public enum Provider { CDF, GENERIC_CSV }

    /**
     * A cast vote record source.
     *
     * @param provider cdf or genericCsv
     * @param file the file, resolved
     * @param contestId contest name in a CDF file
     * @param firstVoteColumnIndex 1-based, generic CSV only
     * @param firstVoteRowIndex 1-based, generic CSV only
     * @param overvoteLabel candidate name meaning an overvote (CDF), or blank
     * @param undeclaredWriteInLabel name meaning an undeclared write-in, or blank
     */
    public record Source(Provider provider, Path file, String contestId, int firstVoteColumnIndex,
            int firstVoteRowIndex, String overvoteLabel, String undeclaredWriteInLabel) {}

    /** Loads and validates the configuration at {@code path}. */
    public static RctabContestConfig load(Path path) {
        JsonNode root;
        try {
            root = JsonTrees.read(Files.readString(path));
        } catch (IOException e) {
            throw new CountingException("Can't read contest configuration " + path + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new CountingException("Contest configuration " + path + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CountingException("Contest configuration " + path + " must be a JSON object");
        }
        Path folder = path.toAbsolutePath().getParent();
        return new Loader(root, folder).load();
    }

    private static final class Loader {
        private final JsonNode root;
        private final Path folder;
        private final List<String> warnings = new ArrayList<>();

        Loader(JsonNode root, Path folder) {
            this.root = root;
            this.folder = folder;
        }

        RctabContestConfig load() {
            refuseUnknownKeys(root, TOP_LEVEL_KEYS, "");
            JsonNode output = root.path("outputSettings");
            refuseUnknownKeys(output, OUTPUT_KEYS, "outputSettings: ");
            String contestName = text(output, "contestName");
            if (contestName.isBlank()) {
                fail("outputSettings.contestName is required");
            }
            for (String flag : List.of("tabulateByBatch", "tabulateByPrecinct", "generateCdfJson")) {
                if (output.path(flag).asBoolean(false)) {
                    warnings.add("outputSettings." + flag + " is set: this command prints only the overall "
                            + "detailed report, not RCTab's other output files");
                }
            }
            List<Source> sources = sources(output.path("tabulateByPrecinct").asBoolean(false));
            ContestRules rules = rules(sources);
            // RCTab's report carries these as given, null when absent
            return new RctabContestConfig(contestName, textOrNull(output, "contestDate"),
                    textOrNull(output, "contestJurisdiction"), textOrNull(output, "contestOffice"), sources, rules,
                    List.copyOf(warnings));
        }

        private List<Source> sources(boolean tabulateByPrecinct) {
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
                    case "genericCsv" -> sources.add(csvSource(node, file, where));
                    case "ess", "dominion", "hart", "clearBallot" -> fail("cvrFileSources: provider \"" + provider
                            + "\" is not supported by this engine (supported: cdf, genericCsv)" + where);
                    default -> fail("cvrFileSources: invalid provider \"" + provider + "\"" + where);
                }
            }
            return sources;
        }

        private Source cdfSource(JsonNode node, Path file, String where, boolean tabulateByPrecinct) {
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

        private Source csvSource(JsonNode node, Path file, String where) {
            if (!text(node, "contestId").isBlank()) {
                fail("contestId should not be defined for CVR source with provider \"genericCsv\"" + where);
            }
            int column = integer(node, "firstVoteColumnIndex", 1, 1000, where);
            int row = integer(node, "firstVoteRowIndex", 1, 100000, where);
            if (row < 2) {
                fail("firstVoteRowIndex must be at least 2 for a generic CSV source (row 1 names the candidates)" + where);
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

        private ContestRules rules(List<Source> sources) {
            JsonNode rules = root.path("rules");
            if (!rules.isObject()) {
                fail("rules are required");
            }
            rules.propertyNames().forEach(key -> {
                if (!RULE_KEYS.contains(key)) {
                    fail("rules: unknown option \"" + key + "\"");
                }
            });
            if (rules.path("treatBlankAsUndeclaredWriteIn").asBoolean(false)) {
                fail("rules.treatBlankAsUndeclaredWriteIn is not supported by this engine");
            }
            ContestRules.Builder b = ContestRules.builder();
            b.candidates(candidates());
            b.undeclaredWriteIns(sources.stream().anyMatch(s -> !s.undeclaredWriteInLabel().isBlank()));

            String tiebreak = text(rules, "tiebreakMode");
            if (INTERACTIVE_TIEBREAKS.containsKey(tiebreak)) {
                fail("tiebreakMode \"" + tiebreak + "\" " + INTERACTIVE_TIEBREAKS.get(tiebreak)
                        + " and is not supported; use random, previousRoundCountsThenRandom, useCandidateOrder "
                        + "or generatePermutation");
            }
            b.tiebreakMode(TiebreakMode.fromRctabLabel(tiebreak)
                    .orElseThrow(() -> new CountingException("Invalid tiebreakMode \"" + tiebreak + "\"")));
            String overvote = text(rules, "overvoteRule");
            b.overvoteRule(OvervoteRule.fromRctabLabel(overvote)
                    .orElseThrow(() -> new CountingException("Invalid overvoteRule \"" + overvote + "\"")));
            String mode = text(rules, "winnerElectionMode");
            b.winnerElectionMode(WinnerElectionMode.fromRctabLabel(mode)
                    .orElseThrow(() -> new CountingException("Invalid winnerElectionMode \"" + mode + "\"")));

            String seed = text(rules, "randomSeed");
            b.randomSeed(seed.isBlank() ? null : (long) longValue(seed, "randomSeed"));
            b.numberOfWinners((int) longValue(required(rules, "numberOfWinners"), "numberOfWinners"));
            String percentage = text(rules, "multiSeatBottomsUpPercentageThreshold");
            b.bottomsUpPercentageThreshold(percentage.isBlank() ? null : percentage(percentage.trim()));
            b.decimalPlacesForVoteArithmetic((int) longValue(required(rules, "decimalPlacesForVoteArithmetic"),
                    "decimalPlacesForVoteArithmetic"));
            String minimum = text(rules, "minimumVoteThreshold");
            b.minimumVoteThreshold(minimum.isBlank() ? BigDecimal.ZERO
                    : BigDecimal.valueOf(longValue(minimum, "minimumVoteThreshold")));
            String skipped = required(rules, "maxSkippedRanksAllowed");
            b.maxSkippedRanksAllowed(skipped.equalsIgnoreCase("unlimited") ? null
                    : (int) longValue(skipped, "maxSkippedRanksAllowed"));
            String rankings = required(rules, "maxRankingsAllowed");
            b.maxRankingsAllowed(rankings.equalsIgnoreCase("max") ? null : (int) longValue(rankings, "maxRankingsAllowed"));
            String stop = text(rules, "stopTabulationEarlyAfterRound");
            b.stopTabulationEarlyAfterRound(stop.isBlank() ? null : (int) longValue(stop, "stopTabulationEarlyAfterRound"));
            b.nonIntegerWinningThreshold(rules.path("nonIntegerWinningThreshold").asBoolean(false));
            b.firstRoundDeterminesThreshold(rules.path("doesFirstRoundDetermineThreshold").asBoolean(false));
            b.hareQuota(rules.path("hareQuota").asBoolean(false));
            b.batchElimination(rules.path("batchElimination").asBoolean(false));
            b.cutoffElimination(rules.path("cutoffElimination").asBoolean(false));
            b.continueUntilTwoCandidatesRemain(rules.path("continueUntilTwoCandidatesRemain").asBoolean(false));
            b.exhaustOnDuplicateCandidate(rules.path("exhaustOnDuplicateCandidate").asBoolean(false));

            boolean anyOvervoteLabel = sources.stream().anyMatch(s -> !s.overvoteLabel().isBlank());
            if (anyOvervoteLabel && b.build().overvoteRule() == OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING) {
                fail("When overvoteLabel is supplied, overvoteRule must be either \"alwaysSkipToNextRank\" or "
                        + "\"exhaustImmediately\"");
            }
            return b.build();
        }

        private List<Candidate> candidates() {
            JsonNode list = root.path("candidates");
            List<Candidate> candidates = new ArrayList<>();
            for (JsonNode node : list) {
                node.propertyNames().forEach(key -> {
                    if (!Set.of("name", "aliases", "excluded", "code").contains(key)) {
                        fail("candidates: unknown option \"" + key + "\"");
                    }
                });
                if (!text(node, "code").isBlank()) {
                    warnings.add("candidates: code \"" + text(node, "code") + "\" of " + text(node, "name")
                            + " is not used; ballots must carry candidate names or aliases");
                }
                List<String> aliases = new ArrayList<>();
                node.path("aliases").forEach(alias -> aliases.add(alias.asString()));
                candidates.add(new Candidate(text(node, "name"), aliases, node.path("excluded").asBoolean(false)));
            }
            return candidates;
        }

        private static void refuseUnknownKeys(JsonNode node, Set<String> known, String where) {
            node.propertyNames().forEach(key -> {
                if (!known.contains(key)) {
                    fail(where + "unknown option \"" + key + "\"");
                }
            });
        }

        private int integer(JsonNode node, String key, long min, long max, String where) {
            String value = text(node, key);
            long parsed;
            try {
                parsed = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new CountingException(key + " must be an integer from " + min + " to " + max + where);
            }
            if (parsed < min || parsed > max) {
                fail(key + " must be an integer from " + min + " to " + max + where);
            }
            return (int) parsed;
        }

        private static String required(JsonNode node, String key) {
            String value = text(node, key);
            if (value.isBlank()) {
                fail("rules." + key + " is required");
            }
            return value;
        }

        // RCTab 2.0.1 takes a decimal percentage and keeps the decimal places it was written with
        // (ContestConfig.numDecimalsInString), so "25" and "25.0" give thresholds of different scale.
        private static BigDecimal percentage(String value) {
            if (!value.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
                fail("rules.multiSeatBottomsUpPercentageThreshold must be a number from 1 to 100, not \"" + value + "\"");
            }
            BigDecimal parsed = new BigDecimal(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
            return parsed;
        }

        private static long longValue(String value, String key) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new CountingException("rules." + key + " must be an integer, not \"" + value + "\"");
            }
        }

        private static String textOrNull(JsonNode node, String key) {
            JsonNode value = node.path(key);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        }

        private static String text(JsonNode node, String key) {
            JsonNode value = node.path(key);
            return value.isMissingNode() || value.isNull() ? "" : value.asString();
        }

        private static void fail(String message) {
            throw new CountingException(message);
        }
    }
}
