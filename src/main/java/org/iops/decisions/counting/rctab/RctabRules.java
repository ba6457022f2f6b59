package org.iops.decisions.counting.rctab;

import static org.iops.decisions.counting.rctab.ConfigValues.fail;
import static org.iops.decisions.counting.rctab.ConfigValues.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iops.decisions.counting.Candidate;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.OvervoteRule;
import org.iops.decisions.counting.TiebreakMode;
import org.iops.decisions.counting.WinnerElectionMode;
import org.iops.decisions.counting.rctab.RctabContestConfig.Source;
import tools.jackson.databind.JsonNode;

/**
 * The {@code candidates} and {@code rules} of an RCTab configuration, read into {@link ContestRules}
 * (which validates their combinations as RCTab does); interactive tie-breaks and unknown options are
 * refused.
 */
final class RctabRules {

private static final Set<String> RULE_KEYS = Set.of("tiebreakMode", "overvoteRule", "winnerElectionMode",
        "randomSeed", "numberOfWinners", "multiSeatBottomsUpPercentageThreshold", "decimalPlacesForVoteArithmetic",
        "minimumVoteThreshold", "maxSkippedRanksAllowed", "maxRankingsAllowed", "nonIntegerWinningThreshold",
        "doesFirstRoundDetermineThreshold", "hareQuota", "batchElimination", "cutoffElimination", "continueUntilTwoCandidatesRemain",
        "stopTabulationEarlyAfterRound", "exhaustOnDuplicateCandidate", "rulesDescription",
        "treatBlankAsUndeclaredWriteIn");
private static final Map<String, String> INTERACTIVE_TIEBREAKS = Map.of(
        "stopCountingAndAsk", "stops the count to ask an operator",
        "previousRoundCountsThenAsk", "may stop the count to ask an operator");

    private RctabRules() {}

    /** The configuration's candidates and rules, validated. */
    static ContestRules read(JsonNode root, List<Source> sources, List<String> warnings) {
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
        b.candidates(candidates(root, warnings));
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

    private static List<Candidate> candidates(JsonNode root, List<String> warnings) {
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
}
