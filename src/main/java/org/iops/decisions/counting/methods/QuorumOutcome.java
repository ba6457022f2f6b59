package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/**
 * Whether a vote reached its quorum.
 *
 * @param rule     the quorum rule, as a message
 * @param required ballots needed
 * @param turnout  ballots cast, abstentions included
 * @param met      whether {@code turnout >= required}
 */
public record QuorumOutcome(Explanation rule, long required, long turnout, boolean met) {

    static QuorumOutcome of(Quorum quorum, long electorate, long turnout) {
        long required = quorum.requiredFor(electorate);
        return new QuorumOutcome(quorum.describe(), required, turnout, turnout >= required);
    }
}
