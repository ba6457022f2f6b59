package org.iops.decisions.counting.methods;

import java.util.Objects;
import org.iops.decisions.counting.Explanation;

/**
 * How much support a decision needs: "more than" or "at least" a fraction of a stated base.
 *
 * <p>Simple majority is <em>more than</em> half, so an exact 50/50 split fails; two-thirds is
 * <em>at least</em> two thirds, so exactly 2/3 passes. Both are spelled out because members argue
 * about exactly these boundaries.
 *
 * @param comparison whether the boundary itself passes
 * @param fraction   the share of the base required
 * @param base       what the share is taken of
 */
public record Threshold(Comparison comparison, Fraction fraction, VoteBase base) {

    /** Whether a count exactly on the boundary passes. */
    public enum Comparison {
        /** The supporting count must exceed the fraction of the base; the boundary fails. */
        MORE_THAN("decisions.threshold.moreThan"),
        /** The supporting count may equal the fraction of the base; the boundary passes. */
        AT_LEAST("decisions.threshold.atLeast");

        private final String key;

        Comparison(String key) {
            this.key = key;
        }
    }

    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(base, "base");
        if (comparison == Comparison.MORE_THAN && fraction.numerator() == fraction.denominator()) {
            throw new InvalidCountException(Explanation.of("decisions.error.thresholdAll"),
                    "A threshold of more than all votes can never be met");
        }
        if (comparison == Comparison.AT_LEAST && fraction.numerator() == 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.thresholdZero"),
                    "A threshold of at least 0 is no threshold; use more than 0 instead");
        }
    }

    /** More than half of the votes for and against (abstentions do not count either way). */
    public static Threshold simpleMajority() {
        return new Threshold(Comparison.MORE_THAN, Fraction.HALF, VoteBase.FOR_AND_AGAINST);
    }

    /** At least two thirds of the votes for and against (abstentions do not count either way). */
    public static Threshold twoThirds() {
        return new Threshold(Comparison.AT_LEAST, Fraction.TWO_THIRDS, VoteBase.FOR_AND_AGAINST);
    }

    public static Threshold moreThan(Fraction fraction, VoteBase base) {
        return new Threshold(Comparison.MORE_THAN, fraction, base);
    }

    public static Threshold atLeast(Fraction fraction, VoteBase base) {
        return new Threshold(Comparison.AT_LEAST, fraction, base);
    }

    /**
     * The smallest supporting count that meets this threshold for a base of the given size; never
     * below 1, so that nothing passes without any support (an empty base cannot pass).
     */
    long requiredFor(long baseSize) {
        long required = comparison == Comparison.MORE_THAN
                ? fraction.floorOf(baseSize) + 1
                : fraction.ceilingOf(baseSize);
        return Math.max(required, 1);
    }

    /** E.g. "at least 2/3 of votes for and against, abstentions excluded", as a message. */
    public Explanation describe() {
        return Explanation.of(comparison.key, fraction.argument(), Explanation.part(base.explanation()));
    }
}
