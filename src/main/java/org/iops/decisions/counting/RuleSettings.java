package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a contest's rules, as {@link ContestRules.Builder} collects them and {@link
 * ContestRulesValidation} checks them; a {@link ContestRules} keeps a frozen copy. Defaults are
 * RCTab's (see {@link ContestRules}).
 */
final class RuleSettings {
    List<Candidate> candidates = new ArrayList<>();
    boolean undeclaredWriteIns;
    WinnerElectionMode winnerElectionMode = WinnerElectionMode.SINGLE_WINNER_MAJORITY;
    int numberOfWinners = 1;
    BigDecimal bottomsUpPercentageThreshold;
    OvervoteRule overvoteRule = OvervoteRule.EXHAUST_IMMEDIATELY;
    Integer maxRankingsAllowed;
    Integer maxSkippedRanksAllowed = 1;
    boolean exhaustOnDuplicateCandidate;
    BigDecimal minimumVoteThreshold = BigDecimal.ZERO;
    boolean batchElimination;
    boolean cutoffElimination;
    boolean continueUntilTwoCandidatesRemain;
    boolean hareQuota;
    int decimalPlacesForVoteArithmetic = 4;
    boolean nonIntegerWinningThreshold;
    boolean firstRoundDeterminesThreshold;
    Integer stopTabulationEarlyAfterRound;
    TiebreakMode tiebreakMode = TiebreakMode.USE_CANDIDATE_ORDER;
    Long randomSeed;

    /** A copy; its candidates can't be changed if {@code frozen}. */
    RuleSettings copy(boolean frozen) {
        RuleSettings c = new RuleSettings();
        c.candidates = frozen ? List.copyOf(candidates) : new ArrayList<>(candidates);
        c.undeclaredWriteIns = undeclaredWriteIns;
        c.winnerElectionMode = winnerElectionMode;
        c.numberOfWinners = numberOfWinners;
        c.bottomsUpPercentageThreshold = bottomsUpPercentageThreshold;
        c.overvoteRule = overvoteRule;
        c.maxRankingsAllowed = maxRankingsAllowed;
        c.maxSkippedRanksAllowed = maxSkippedRanksAllowed;
        c.exhaustOnDuplicateCandidate = exhaustOnDuplicateCandidate;
        c.minimumVoteThreshold = minimumVoteThreshold;
        c.batchElimination = batchElimination;
        c.cutoffElimination = cutoffElimination;
        c.continueUntilTwoCandidatesRemain = continueUntilTwoCandidatesRemain;
        c.hareQuota = hareQuota;
        c.decimalPlacesForVoteArithmetic = decimalPlacesForVoteArithmetic;
        c.nonIntegerWinningThreshold = nonIntegerWinningThreshold;
        c.firstRoundDeterminesThreshold = firstRoundDeterminesThreshold;
        c.stopTabulationEarlyAfterRound = stopTabulationEarlyAfterRound;
        c.tiebreakMode = tiebreakMode;
        c.randomSeed = randomSeed;
        return c;
    }
}
