package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/**
 * Whether the supporting votes met the threshold.
 *
 * @param rule       the threshold as a message, e.g. "at least 2/3 of votes for and against, ..."
 * @param base       size of the base the fraction was taken of
 * @param required   smallest supporting count that meets the threshold for this base
 * @param supporting the supporting count (yes, or agree)
 * @param met        whether {@code supporting >= required}
 */
public record ThresholdOutcome(Explanation rule, long base, long required, long supporting, boolean met) {

    static ThresholdOutcome of(Threshold threshold, long base, long supporting) {
        long required = threshold.requiredFor(base);
        return new ThresholdOutcome(threshold.describe(), base, required, supporting, supporting >= required);
    }
}
