package org.iops.decisions.counting.methods;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many ballots were cast and how many of them counted, with the rest by reason, in the same
 * terms as a round-based ranked-choice report.
 *
 * @param cast     every ballot handed to the count
 * @param counted  ballots that counted toward some option
 * @param inactive ballots that did not count, by reason (only reasons that occurred)
 */
public record BallotTotals(long cast, long counted, Map<InactiveReason, Long> inactive) {

    public BallotTotals {
        inactive = Map.copyOf(inactive);
    }

    static BallotTotals of(long cast, long blank) {
        Map<InactiveReason, Long> inactive = new EnumMap<>(InactiveReason.class);
        if (blank > 0) {
            inactive.put(InactiveReason.BLANK, blank);
        }
        return new BallotTotals(cast, cast - blank, inactive);
    }

    /** Blank ballots (0 when there were none). */
    public long blank() {
        return inactive.getOrDefault(InactiveReason.BLANK, 0L);
    }
}
