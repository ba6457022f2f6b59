package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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

    private static final Set<String> RESERVED_NAMES = Set.of("residual surplus", "exhausted", "uncounted");
    private static final long MIN_RANDOM_SEED = -140737488355328L;
    private static final long MAX_RANDOM_SEED = 140737488355327L;

    private final List<Candidate> candidates;
    private final boolean undeclaredWriteIns;
    private final WinnerElectionMode winnerElectionMode;
    private final int numberOfWinners;
    private final BigDecimal bottomsUpPercentageThreshold;
    private final OvervoteRule overvoteRule;
    private final Integer maxRankingsAllowed;
    private final Integer maxSkippedRanksAllowed;
    private final boolean exhaustOnDuplicateCandidate;
    private final BigDecimal minimumVoteThreshold;
    private final boolean batchElimination;
    private final boolean cutoffElimination;
    private final boolean continueUntilTwoCandidatesRemain;
    private final boolean hareQuota;
    private final int decimalPlacesForVoteArithmetic;
    private final boolean nonIntegerWinningThreshold;
    private final boolean firstRoundDeterminesThreshold;
    private final Integer stopTabulationEarlyAfterRound;
    private final TiebreakMode tiebreakMode;
    private final Long randomSeed;

    private ContestRules(Builder b) {
        candidates = List.copyOf(b.candidates);
        undeclaredWriteIns = b.undeclaredWriteIns;
        winnerElectionMode = b.winnerElectionMode;
        numberOfWinners = b.numberOfWinners;
        bottomsUpPercentageThreshold = b.bottomsUpPercentageThreshold;
        overvoteRule = b.overvoteRule;
        maxRankingsAllowed = b.maxRankingsAllowed;
        maxSkippedRanksAllowed = b.maxSkippedRanksAllowed;
        exhaustOnDuplicateCandidate = b.exhaustOnDuplicateCandidate;
        minimumVoteThreshold = b.minimumVoteThreshold;
        batchElimination = b.batchElimination;
        cutoffElimination = b.cutoffElimination;
        continueUntilTwoCandidatesRemain = b.continueUntilTwoCandidatesRemain;
        hareQuota = b.hareQuota;
        decimalPlacesForVoteArithmetic = b.decimalPlacesForVoteArithmetic;
        nonIntegerWinningThreshold = b.nonIntegerWinningThreshold;
        firstRoundDeterminesThreshold = b.firstRoundDeterminesThreshold;
        stopTabulationEarlyAfterRound = b.stopTabulationEarlyAfterRound;
        tiebreakMode = b.tiebreakMode;
        randomSeed = b.randomSeed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these rules, to derive changed rules. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.candidates.addAll(candidates);
        b.undeclaredWriteIns = undeclaredWriteIns;
        b.winnerElectionMode = winnerElectionMode;
        b.numberOfWinners = numberOfWinners;
        b.bottomsUpPercentageThreshold = bottomsUpPercentageThreshold;
        b.overvoteRule = overvoteRule;
        b.maxRankingsAllowed = maxRankingsAllowed;
        b.maxSkippedRanksAllowed = maxSkippedRanksAllowed;
        b.exhaustOnDuplicateCandidate = exhaustOnDuplicateCandidate;
        b.minimumVoteThreshold = minimumVoteThreshold;
        b.batchElimination = batchElimination;
        b.cutoffElimination = cutoffElimination;
        b.continueUntilTwoCandidatesRemain = continueUntilTwoCandidatesRemain;
        b.hareQuota = hareQuota;
        b.decimalPlacesForVoteArithmetic = decimalPlacesForVoteArithmetic;
        b.nonIntegerWinningThreshold = nonIntegerWinningThreshold;
        b.firstRoundDeterminesThreshold = firstRoundDeterminesThreshold;
        b.stopTabulationEarlyAfterRound = stopTabulationEarlyAfterRound;
        b.tiebreakMode = tiebreakMode;
        b.randomSeed = randomSeed;
        return b;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** Whether undeclared write-ins are counted as one pseudo-candidate, eliminated first. */
    public boolean undeclaredWriteIns() {
        return undeclaredWriteIns;
    }

    public WinnerElectionMode winnerElectionMode() {
        return winnerElectionMode;
    }

    public int numberOfWinners() {
        return numberOfWinners;
    }

    /** Percentage (1 to 100) for {@link WinnerElectionMode#BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD}, else null. */
    public BigDecimal bottomsUpPercentageThreshold() {
        return bottomsUpPercentageThreshold;
    }

    /**
     * The bottoms-up percentage as a share of the active votes, as RCTab 2.0.1 computes it
     * ({@code getPercentageFromStringWithAccurateSigFigs}): divided by 100 exactly, with two more
     * decimal places than the percentage was written with, whatever {@code
     * decimalPlacesForVoteArithmetic} says. Its scale shows in the report's thresholds.
     */
    public BigDecimal bottomsUpShare() {
        int written = Math.max(bottomsUpPercentageThreshold.scale(), 0);
        return bottomsUpPercentageThreshold.divide(BigDecimal.valueOf(100), written + 2, RoundingMode.HALF_UP);
    }

    public OvervoteRule overvoteRule() {
        return overvoteRule;
    }

    /**
     * Highest rank a ballot may use; null for RCTab's {@code "max"}, which 2.0.1 treats as no limit
     * at all ({@code ContestConfig.isRankingAllowed}), even above the number of candidates.
     */
    public Integer maxRankingsAllowed() {
        return maxRankingsAllowed;
    }

    /** Whether a ballot may carry {@code rank}, as RCTab 2.0.1's {@code isRankingAllowed}. */
    public boolean isRankingAllowed(int rank) {
        return rank > 0 && (maxRankingsAllowed == null || rank <= maxRankingsAllowed);
    }

    /** Consecutive skipped ranks tolerated; null means unlimited. */
    public Integer maxSkippedRanksAllowed() {
        return maxSkippedRanksAllowed;
    }

    public boolean exhaustOnDuplicateCandidate() {
        return exhaustOnDuplicateCandidate;
    }

    public BigDecimal minimumVoteThreshold() {
        return minimumVoteThreshold;
    }

    public boolean batchElimination() {
        return batchElimination;
    }

    /**
     * RCTab 2.0.1's {@code cutoffElimination}: when a round elects nobody, every continuing candidate
     * below that round's winning threshold is eliminated at once.
     */
    public boolean cutoffElimination() {
        return cutoffElimination;
    }

    public boolean continueUntilTwoCandidatesRemain() {
        return continueUntilTwoCandidatesRemain;
    }

    public boolean hareQuota() {
        return hareQuota;
    }

    public int decimalPlacesForVoteArithmetic() {
        return decimalPlacesForVoteArithmetic;
    }

    public boolean nonIntegerWinningThreshold() {
        return nonIntegerWinningThreshold;
    }

    /** RCTab's {@code doesFirstRoundDetermineThreshold}. */
    public boolean firstRoundDeterminesThreshold() {
        return firstRoundDeterminesThreshold;
    }

    /** Last round to tabulate, or null to tabulate to the end. */
    public Integer stopTabulationEarlyAfterRound() {
        return stopTabulationEarlyAfterRound;
    }

    public TiebreakMode tiebreakMode() {
        return tiebreakMode;
    }

    public Long randomSeed() {
        return randomSeed;
    }

    /**
     * Whether winners' surpluses are transferred (multi-seat modes other than bottoms-up). Not in
     * multi-pass IRV, whose passes each fill one seat: RCTab's pass reports carry no final-round surplus.
     */
    public boolean usesSurpluses() {
        return numberOfWinners > 1 && winnerElectionMode != WinnerElectionMode.BOTTOMS_UP
                && winnerElectionMode != WinnerElectionMode.MULTI_PASS_IRV;
    }

    /** {@code dividend / divisor} to the configured decimal places, rounding down, as RCTab divides. */
    public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, decimalPlacesForVoteArithmetic, RoundingMode.DOWN);
    }

    /** {@code a * b} cut to the configured decimal places, as RCTab multiplies. */
    public BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a.multiply(b).setScale(decimalPlacesForVoteArithmetic, RoundingMode.DOWN);
    }

    /** Builds {@link ContestRules}; {@link #build()} validates. */
    public static final class Builder {
        private final List<Candidate> candidates = new ArrayList<>();
        private boolean undeclaredWriteIns;
        private WinnerElectionMode winnerElectionMode = WinnerElectionMode.SINGLE_WINNER_MAJORITY;
        private int numberOfWinners = 1;
        private BigDecimal bottomsUpPercentageThreshold;
        private OvervoteRule overvoteRule = OvervoteRule.EXHAUST_IMMEDIATELY;
        private Integer maxRankingsAllowed;
        private Integer maxSkippedRanksAllowed = 1;
        private boolean exhaustOnDuplicateCandidate;
        private BigDecimal minimumVoteThreshold = BigDecimal.ZERO;
        private boolean batchElimination;
        private boolean cutoffElimination;
        private boolean continueUntilTwoCandidatesRemain;
        private boolean hareQuota;
        private int decimalPlacesForVoteArithmetic = 4;
        private boolean nonIntegerWinningThreshold;
        private boolean firstRoundDeterminesThreshold;
        private Integer stopTabulationEarlyAfterRound;
        private TiebreakMode tiebreakMode = TiebreakMode.USE_CANDIDATE_ORDER;
        private Long randomSeed;

        private Builder() {}

        /** Declares candidates without aliases, in tie-break order. */
        public Builder candidates(String... names) {
            candidates.clear();
            for (String name : names) {
                candidates.add(Candidate.named(name));
            }
            return this;
        }

        /** Declares candidates, in tie-break order. */
        public Builder candidates(List<Candidate> list) {
            candidates.clear();
            candidates.addAll(list);
            return this;
        }

        public Builder undeclaredWriteIns(boolean value) {
            undeclaredWriteIns = value;
            return this;
        }

        public Builder winnerElectionMode(WinnerElectionMode value) {
            winnerElectionMode = Objects.requireNonNull(value);
            return this;
        }

        public Builder numberOfWinners(int value) {
            numberOfWinners = value;
            return this;
        }

        public Builder bottomsUpPercentageThreshold(BigDecimal percent) {
            bottomsUpPercentageThreshold = percent;
            return this;
        }

        public Builder overvoteRule(OvervoteRule value) {
            overvoteRule = Objects.requireNonNull(value);
            return this;
        }

        public Builder maxRankingsAllowed(Integer value) {
            maxRankingsAllowed = value;
            return this;
        }

        public Builder maxSkippedRanksAllowed(Integer value) {
            maxSkippedRanksAllowed = value;
            return this;
        }

        public Builder exhaustOnDuplicateCandidate(boolean value) {
            exhaustOnDuplicateCandidate = value;
            return this;
        }

        public Builder minimumVoteThreshold(BigDecimal value) {
            minimumVoteThreshold = Objects.requireNonNull(value);
            return this;
        }

        public Builder batchElimination(boolean value) {
            batchElimination = value;
            return this;
        }

        public Builder cutoffElimination(boolean value) {
            cutoffElimination = value;
            return this;
        }

        public Builder continueUntilTwoCandidatesRemain(boolean value) {
            continueUntilTwoCandidatesRemain = value;
            return this;
        }

        public Builder hareQuota(boolean value) {
            hareQuota = value;
            return this;
        }

        public Builder decimalPlacesForVoteArithmetic(int value) {
            decimalPlacesForVoteArithmetic = value;
            return this;
        }

        public Builder nonIntegerWinningThreshold(boolean value) {
            nonIntegerWinningThreshold = value;
            return this;
        }

        public Builder firstRoundDeterminesThreshold(boolean value) {
            firstRoundDeterminesThreshold = value;
            return this;
        }

        public Builder stopTabulationEarlyAfterRound(Integer value) {
            stopTabulationEarlyAfterRound = value;
            return this;
        }

        public Builder tiebreakMode(TiebreakMode value) {
            tiebreakMode = Objects.requireNonNull(value);
            return this;
        }

        public Builder randomSeed(Long value) {
            randomSeed = value;
            return this;
        }

        /** Validates and builds; throws {@link CountingException} naming the offending option. */
        public ContestRules build() {
            validateCandidates();
            validateNumbers();
            validateModeCombinations();
            return new ContestRules(this);
        }

        private void validateCandidates() {
            if (candidates.isEmpty()) {
                fail("candidates: at least one declared candidate is required");
            }
            Set<String> seen = new HashSet<>();
            for (Candidate candidate : candidates) {
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
            if (candidates.stream().allMatch(Candidate::excluded)) {
                fail("candidates: at least one candidate must not be excluded");
            }
        }

        private void validateNumbers() {
            if (numberOfWinners < 0 || numberOfWinners > candidates.size()) {
                fail("numberOfWinners must be an integer from 0 to " + candidates.size());
            }
            if (decimalPlacesForVoteArithmetic < 1 || decimalPlacesForVoteArithmetic > 20) {
                fail("decimalPlacesForVoteArithmetic must be an integer from 1 to 20");
            }
            if (minimumVoteThreshold.signum() < 0
                    || minimumVoteThreshold.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                    || minimumVoteThreshold.stripTrailingZeros().scale() > 0) {
                fail("minimumVoteThreshold must be an integer from 0 to 1000000");
            }
            if (maxRankingsAllowed != null && maxRankingsAllowed < 1) {
                fail("maxRankingsAllowed must either be \"max\" or an integer from 1");
            }
            if (maxSkippedRanksAllowed != null && maxSkippedRanksAllowed < 0) {
                fail("maxSkippedRanksAllowed must either be \"unlimited\" or an integer from 0");
            }
            if (stopTabulationEarlyAfterRound != null && stopTabulationEarlyAfterRound < 1) {
                fail("stopTabulationEarlyAfterRound must be an integer from 1");
            }
            if (bottomsUpPercentageThreshold != null
                    && (bottomsUpPercentageThreshold.compareTo(BigDecimal.ONE) < 0
                            || bottomsUpPercentageThreshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
                fail("multiSeatBottomsUpPercentageThreshold must be from 1 to 100");
            }
            if (tiebreakMode.needsRandomSeed() && randomSeed == null) {
                fail("randomSeed is required when tiebreakMode is " + tiebreakMode.rctabLabel());
            }
            if (randomSeed != null && (randomSeed < MIN_RANDOM_SEED || randomSeed > MAX_RANDOM_SEED)) {
                fail("randomSeed must be an integer from " + MIN_RANDOM_SEED + " to " + MAX_RANDOM_SEED);
            }
        }

        private void validateModeCombinations() {
            String mode = winnerElectionMode.rctabLabel();
            boolean percentageMode = winnerElectionMode == WinnerElectionMode.BOTTOMS_UP_USING_PERCENTAGE_THRESHOLD;
            if (numberOfWinners == 0) {
                if (!percentageMode) {
                    fail("numberOfWinners can be 0 only when winnerElectionMode is bottomsUpUsingPercentageThreshold");
                }
                if (bottomsUpPercentageThreshold == null) {
                    fail("multiSeatBottomsUpPercentageThreshold is required when winnerElectionMode is " + mode);
                }
            } else if (percentageMode) {
                fail("numberOfWinners must be 0 when winnerElectionMode is " + mode);
            }
            if (numberOfWinners == 1 && winnerElectionMode != WinnerElectionMode.SINGLE_WINNER_MAJORITY) {
                fail("winnerElectionMode can't be " + mode + " in a single-seat contest (numberOfWinners 1)");
            }
            if (numberOfWinners > 1 && winnerElectionMode == WinnerElectionMode.SINGLE_WINNER_MAJORITY) {
                fail("winnerElectionMode singleWinnerMajority requires numberOfWinners 1");
            }
            if (numberOfWinners > 1 && winnerElectionMode != WinnerElectionMode.MULTI_PASS_IRV) {
                if (continueUntilTwoCandidatesRemain) {
                    fail("continueUntilTwoCandidatesRemain can't be true in a multi-seat contest unless "
                            + "winnerElectionMode is multiPassIrv");
                }
                if (batchElimination) {
                    fail("batchElimination can't be true in a multi-seat contest unless winnerElectionMode is multiPassIrv");
                }
            }
            if (percentageMode && batchElimination) {
                fail("batchElimination can't be true when winnerElectionMode is " + mode);
            }
            boolean stv = winnerElectionMode == WinnerElectionMode.MULTI_WINNER_ALLOW_ONLY_ONE_WINNER_PER_ROUND
                    || winnerElectionMode == WinnerElectionMode.MULTI_WINNER_ALLOW_MULTIPLE_WINNERS_PER_ROUND;
            if (!stv && nonIntegerWinningThreshold) {
                fail("nonIntegerWinningThreshold can't be true when winnerElectionMode is " + mode);
            }
            if (!stv && hareQuota) {
                fail("hareQuota can't be true when winnerElectionMode is " + mode);
            }
            if (numberOfWinners > 1 && firstRoundDeterminesThreshold) {
                fail("doesFirstRoundDetermineThreshold can't be true in a multi-seat contest");
            }
            if (nonIntegerWinningThreshold && hareQuota) {
                fail("nonIntegerWinningThreshold and hareQuota can't both be true");
            }
        }

        private static void fail(String message) {
            throw new CountingException(message);
        }
    }
}
