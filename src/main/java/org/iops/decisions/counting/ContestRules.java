package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The candidates and RCTab rules of one ranked-choice contest. Built with {@link #builder()}, which
 * refuses inconsistent combinations the way RCTab's configuration validation does, naming the
 * offending option in the message.
 *
 * <p>Defaults: single-winner majority, one winner, {@code exhaustImmediately}, at most one skipped
 * rank, any number of rankings, four decimal places, Droop quota,
 * ties broken by candidate order.
 */
public final class ContestRules {

    // the values of the rules; the accessors below are their API
    private final RuleSettings s;

    private ContestRules(RuleSettings settings) {
        s = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these rules, to derive changed rules. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.s = s.copy(false);
        return b;
    }

    public List<Candidate> candidates() {
        return s.candidates;
    }

    /** Whether undeclared write-ins are counted as one pseudo-candidate, eliminated first. */
    public boolean undeclaredWriteIns() {
        return s.undeclaredWriteIns;
    }

    public WinnerElectionMode winnerElectionMode() {
        return s.winnerElectionMode;
    }

    public int numberOfWinners() {
        return s.numberOfWinners;
    }

    /** Percentage (1 to 100) for {@link WinnerElectionMode#BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD}, else null. */
    public BigDecimal bottomsUpPercentageThreshold() {
        return s.bottomsUpPercentageThreshold;
    }

    /**
     * The bottoms-up percentage as a share of the active votes, as RCTab 2.0.1 computes it
     * ({@code getPercentageFromStringWithAccurateSigFigs}): divided by 100 exactly, with two more
     * decimal places than the percentage was written with, whatever {@code
     * decimalPlacesForVoteArithmetic} says. Its scale shows in the report's thresholds.
     */
    public BigDecimal bottomsUpShare() {
        int written = Math.max(s.bottomsUpPercentageThreshold.scale(), 0);
        return s.bottomsUpPercentageThreshold.divide(BigDecimal.valueOf(100), written + 2, RoundingMode.HALF_UP);
    }

    public OvervoteRule overvoteRule() {
        return s.overvoteRule;
    }

    /**
     * Highest rank a ballot may use; null for RCTab's {@code "max"}, which 2.0.1 treats as no limit
     * at all ({@code ContestConfig.isRankingAllowed}), even above the number of candidates.
     */
    public Integer maxRankingsAllowed() {
        return s.maxRankingsAllowed;
    }

    /** Whether a ballot may carry {@code rank}, as RCTab 2.0.1's {@code isRankingAllowed}. */
    public boolean isRankingAllowed(int rank) {
        return rank > 0 && (s.maxRankingsAllowed == null || rank <= s.maxRankingsAllowed);
    }

    /** Consecutive skipped ranks tolerated; null means unlimited. */
    public Integer maxSkippedRanksAllowed() {
        return s.maxSkippedRanksAllowed;
    }

    public boolean exhaustOnDuplicateCandidate() {
        return s.exhaustOnDuplicateCandidate;
    }

    public BigDecimal minimumVoteThreshold() {
        return s.minimumVoteThreshold;
    }

    public boolean batchElimination() {
        return s.batchElimination;
    }

    /**
     * RCTab 2.0.1's {@code cutoffElimination}: when a round elects nobody, every continuing candidate
     * below that round's winning threshold is eliminated at once.
     */
    public boolean cutoffElimination() {
        return s.cutoffElimination;
    }

    public boolean continueUntilTwoCandidatesRemain() {
        return s.continueUntilTwoCandidatesRemain;
    }

    public boolean hareQuota() {
        return s.hareQuota;
    }

    public int decimalPlacesForVoteArithmetic() {
        return s.decimalPlacesForVoteArithmetic;
    }

    public boolean nonIntegerWinningThreshold() {
        return s.nonIntegerWinningThreshold;
    }

    /** RCTab's {@code doesFirstRoundDetermineThreshold}. */
    public boolean firstRoundDeterminesThreshold() {
        return s.firstRoundDeterminesThreshold;
    }

    /** Last round to tabulate, or null to tabulate to the end. */
    public Integer stopTabulationEarlyAfterRound() {
        return s.stopTabulationEarlyAfterRound;
    }

    public TiebreakMode tiebreakMode() {
        return s.tiebreakMode;
    }

    public Long randomSeed() {
        return s.randomSeed;
    }

    /**
     * Whether winners' surpluses are transferred (multi-seat modes other than bottoms-up). Not in
     * multi-pass IRV, whose passes each fill one seat: RCTab's pass reports carry no final-round surplus.
     */
    public boolean usesSurpluses() {
        return s.numberOfWinners > 1 && s.winnerElectionMode != WinnerElectionMode.BOTTOMS_UP
                && s.winnerElectionMode != WinnerElectionMode.MULTI_PASS_IRV;
    }

    /** {@code dividend / divisor} to the configured decimal places, rounding down, as RCTab divides. */
    public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, s.decimalPlacesForVoteArithmetic, RoundingMode.DOWN);
    }

    /** {@code a * b} cut to the configured decimal places, as RCTab multiplies. */
    public BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a.multiply(b).setScale(s.decimalPlacesForVoteArithmetic, RoundingMode.DOWN);
    }

    /** Builds {@link ContestRules}; {@link #build()} validates. */
    public static final class Builder {
        private RuleSettings s = new RuleSettings();

        private Builder() {}

        /** Declares candidates without aliases, in tie-break order. */
        public Builder candidates(String... names) {
            s.candidates.clear();
            for (String name : names) {
                s.candidates.add(Candidate.named(name));
            }
            return this;
        }

        /** Declares candidates, in tie-break order. */
        public Builder candidates(List<Candidate> list) {
            s.candidates.clear();
            s.candidates.addAll(list);
            return this;
        }

        public Builder undeclaredWriteIns(boolean value) {
            s.undeclaredWriteIns = value;
            return this;
        }

        public Builder winnerElectionMode(WinnerElectionMode value) {
            s.winnerElectionMode = Objects.requireNonNull(value);
            return this;
        }

        public Builder numberOfWinners(int value) {
            s.numberOfWinners = value;
            return this;
        }

        public Builder bottomsUpPercentageThreshold(BigDecimal percent) {
            s.bottomsUpPercentageThreshold = percent;
            return this;
        }

        public Builder overvoteRule(OvervoteRule value) {
            s.overvoteRule = Objects.requireNonNull(value);
            return this;
        }

        public Builder maxRankingsAllowed(Integer value) {
            s.maxRankingsAllowed = value;
            return this;
        }

        public Builder maxSkippedRanksAllowed(Integer value) {
            s.maxSkippedRanksAllowed = value;
            return this;
        }

        public Builder exhaustOnDuplicateCandidate(boolean value) {
            s.exhaustOnDuplicateCandidate = value;
            return this;
        }

        public Builder minimumVoteThreshold(BigDecimal value) {
            s.minimumVoteThreshold = Objects.requireNonNull(value);
            return this;
        }

        public Builder batchElimination(boolean value) {
            s.batchElimination = value;
            return this;
        }

        public Builder cutoffElimination(boolean value) {
            s.cutoffElimination = value;
            return this;
        }

        public Builder continueUntilTwoCandidatesRemain(boolean value) {
            s.continueUntilTwoCandidatesRemain = value;
            return this;
        }

        public Builder hareQuota(boolean value) {
            s.hareQuota = value;
            return this;
        }

        public Builder decimalPlacesForVoteArithmetic(int value) {
            s.decimalPlacesForVoteArithmetic = value;
            return this;
        }

        public Builder nonIntegerWinningThreshold(boolean value) {
            s.nonIntegerWinningThreshold = value;
            return this;
        }

        public Builder firstRoundDeterminesThreshold(boolean value) {
            s.firstRoundDeterminesThreshold = value;
            return this;
        }

        public Builder stopTabulationEarlyAfterRound(Integer value) {
            s.stopTabulationEarlyAfterRound = value;
            return this;
        }

        public Builder tiebreakMode(TiebreakMode value) {
            s.tiebreakMode = Objects.requireNonNull(value);
            return this;
        }

        public Builder randomSeed(Long value) {
            s.randomSeed = value;
            return this;
        }

        /** Validates and builds; throws {@link CountingException} naming the offending option. */
        public ContestRules build() {
            ContestRulesValidation.validate(s);
            return new ContestRules(s.copy(true));
        }
    }
}
