package org.iops.decisions.counting;

import java.util.Arrays;
import java.util.Optional;

/**
 * RCTab's non-interactive {@code tiebreakMode}s. The interactive modes ({@code stopCountingAndAsk},
 * {@code previousRoundCountsThenAsk}) need an operator and are refused.
 */
public enum TiebreakMode {
    /** {@code java.util.Random} seeded with {@code randomSeed}, as RCTab draws it. */
    RANDOM("random"),
    /** The candidate with the most (or fewest) votes in the latest earlier round differing, then random. */
    PREVIOUS_ROUND_COUNTS_THEN_RANDOM("previousRoundCountsThenRandom"),
    /** Earliest candidate in the configuration wins a tie; the latest loses one. */
    USE_CANDIDATE_ORDER("useCandidateOrder"),
    /** Like {@link #USE_CANDIDATE_ORDER} over a permutation shuffled with {@code randomSeed}. */
    GENERATE_PERMUTATION("generatePermutation");

    private final String rctabLabel;

    TiebreakMode(String rctabLabel) {
        this.rctabLabel = rctabLabel;
    }

    /** The value of this mode in an RCTab configuration file. */
    public String rctabLabel() {
        return rctabLabel;
    }

    /** Whether this mode draws from a random generator seeded with {@code randomSeed}. */
    public boolean needsRandomSeed() {
        return this != USE_CANDIDATE_ORDER;
    }

    /** Finds the mode written as {@code label} in an RCTab configuration file. */
    public static Optional<TiebreakMode> fromRctabLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.rctabLabel.equals(label)).findFirst();
    }
}
