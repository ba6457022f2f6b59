package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses inconsistent rules the way RCTab's configuration validation does, naming the offending
 * option in the message ({@link CountingException}): the candidates, the ranges of numbers, and
 * the combinations of modes that RCTab refuses.
 */
final class ContestRulesValidation {

    private static final Set<String> RESERVED_NAMES = Set.of("residual surplus", "exhausted", "uncounted");
    private static final long MIN_RANDOM_SEED = -140737488355328L;
    private static final long MAX_RANDOM_SEED = 140737488355327L;

    private ContestRulesValidation() {}

    static void validate(RuleSettings s) {
        validateCandidates(s);
        validateNumbers(s);
        validateModeCombinations(s);
    }

    private static void validateCandidates(RuleSettings s) {
        if (s.candidates.isEmpty()) {
            fail("candidates: at least one declared candidate is required");
        }
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : s.candidates) {
            if (candidate.name().isBlank()) {
                fail("candidates: a name is required for each candidate");
            }
            List<String> spellings = new ArrayList<>();
            spellings.add(candidate.name());
            spellings.addAll(candidate.aliases());
            for (String spelling : spellings) {
                if (!seen.add(spelling)) {
                    fail("candidates: duplicate candidate name or alias \"" + spelling + "\"");
                }
                if (RESERVED_NAMES.contains(spelling.toLowerCase(Locale.ROOT))
                        || spelling.equals(Ballot.OVERVOTE)
                        || spelling.equals(Ballot.UNDECLARED_WRITE_IN)) {
                    fail("candidates: \"" + spelling + "\" is a reserved term and can't be a candidate name");
                }
            }
        }
        if (s.candidates.stream().allMatch(Candidate::excluded)) {
            fail("candidates: at least one candidate must not be excluded");
        }
    }

    private static void validateNumbers(RuleSettings s) {
        if (s.numberOfWinners < 0 || s.numberOfWinners > s.candidates.size()) {
            fail("numberOfWinners must be an integer from 0 to " + s.candidates.size());
        }
        if (s.decimalPlacesForVoteArithmetic < 1 || s.decimalPlacesForVoteArithmetic > 20) {
            fail("decimalPlacesForVoteArithmetic must be an integer from 1 to 20");
        }
        if (s.minimumVoteThreshold.signum() < 0
                || s.minimumVoteThreshold.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                || s.minimumVoteThreshold.stripTrailingZeros().scale() > 0) {
            fail("minimumVoteThreshold must be an integer from 0 to 1000000");
        }
        if (s.maxRankingsAllowed != null && s.maxRankingsAllowed < 1) {
            fail("maxRankingsAllowed must either be \"max\" or an integer from 1");
        }
        if (s.maxSkippedRanksAllowed != null && s.maxSkippedRanksAllowed < 0) {
            fail("maxSkippedRanksAllowed must either be \"unlimited\" or an integer from 0");
        }
        if (s.stopTabulationEarlyAfterRound != null && s.stopTabulationEarlyAfterRound < 1) {
            fail("stopTabulationEarlyAfterRound must be an integer from 1");
        }
        if (s.bottomsUpPercentageThreshold != null
                && (s.bottomsUpPercentageThreshold.compareTo(BigDecimal.ONE) < 0
                        || s.bottomsUpPercentageThreshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
            fail("multiSeatBottomsUpPercentageThreshold must be from 1 to 100");
        }
        if (s.tiebreakMode.needsRandomSeed() && s.randomSeed == null) {
            fail("randomSeed is required when tiebreakMode is " + s.tiebreakMode.rctabLabel());
        }
        if (s.randomSeed != null && (s.randomSeed < MIN_RANDOM_SEED || s.randomSeed > MAX_RANDOM_SEED)) {
            fail("randomSeed must be an integer from " + MIN_RANDOM_SEED + " to " + MAX_RANDOM_SEED);
        }
    }

    private static void validateModeCombinations(RuleSettings s) {
        String mode = s.winnerElectionMode.rctabLabel();
        boolean percentageMode = s.winnerElectionMode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD;
        if (s.numberOfWinners == 0) {
            if (!percentageMode) {
                fail("numberOfWinners can be 0 only when winnerElectionMode is bottomsUpUsingPercentageThreshold");
            }
            if (s.bottomsUpPercentageThreshold == null) {
                fail("multiSeatBottomsUpPercentageThreshold is required when winnerElectionMode is " + mode);
            }
        } else if (percentageMode) {
            fail("numberOfWinners must be 0 when winnerElectionMode is " + mode);
        }
        if (s.numberOfWinners == 1 && s.winnerElectionMode != WinnerElectionMode.SINGLE_WINNER_MAJORITY) {
            fail("winnerElectionMode can't be " + mode + " in a single-seat contest (numberOfWinners 1)");
        }
        if (s.numberOfWinners > 1 && s.winnerElectionMode == WinnerElectionMode.SINGLE_WINNER_MAJORITY) {
            fail("winnerElectionMode singleWinnerMajority requires numberOfWinners 1");
        }
        if (s.numberOfWinners > 1 && s.winnerElectionMode != WinnerElectionMode.MULTI_PASS_IRV) {
            if (s.continueUntilTwoCandidatesRemain) {
                fail("continueUntilTwoCandidatesRemain can't be true in a multi-seat contest unless "
                        + "winnerElectionMode is multiPassIrv");
            }
            if (s.batchElimination) {
                fail("batchElimination can't be true in a multi-seat contest unless winnerElectionMode is multiPassIrv");
            }
        }
        if (percentageMode && s.batchElimination) {
            fail("batchElimination can't be true when winnerElectionMode is " + mode);
        }
        boolean stv = s.winnerElectionMode == WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND
                || s.winnerElectionMode == WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND;
        if (!stv && s.nonIntegerWinningThreshold) {
            fail("nonIntegerWinningThreshold can't be true when winnerElectionMode is " + mode);
        }
        if (!stv && s.hareQuota) {
            fail("hareQuota can't be true when winnerElectionMode is " + mode);
        }
        if (s.numberOfWinners > 1 && s.firstRoundDeterminesThreshold) {
            fail("doesFirstRoundDetermineThreshold can't be true in a multi-seat contest");
        }
        if (s.nonIntegerWinningThreshold && s.hareQuota) {
            fail("nonIntegerWinningThreshold and hareQuota can't both be true");
        }
    }

    private static void fail(String message) {
        throw new CountingException(problem(message), message);
    }

    // members see which option of the rules is wrong (its RCTab name); the wording stays for operators
    private static Explanation problem(String message) {
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"(.*)\"").matcher(message);
        if (message.startsWith("candidates: duplicate") && quoted.find()) {
            return Explanation.of("decisions.error.duplicateOption", Explanation.name(quoted.group(1)));
        }
        if (message.startsWith("candidates: \"") && quoted.find()) {
            return Explanation.of("decisions.error.reservedName", Explanation.name(quoted.group(1)));
        }
        return Explanation.of("decisions.error.rules", Explanation.name(message.split("[: ]", 2)[0]));
    }
}
