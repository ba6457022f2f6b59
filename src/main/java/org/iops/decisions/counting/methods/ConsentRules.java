package org.iops.decisions.counting.methods;

import java.util.Objects;
import org.iops.decisions.counting.Explanation;

/**
 * Rules for a consent decision.
 *
 * @param quorum         minimum number of replies, abstentions included
 * @param agreement      share of AGREE replies needed, and of what base (disagree and block count
 *                       as against in {@link VoteBase#FOR_AND_AGAINST})
 * @param blocksToStop   how many blocks stop the proposal; 1 means a single block stops it
 */
public record ConsentRules(Quorum quorum, Threshold agreement, long blocksToStop) {

    public ConsentRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(agreement, "agreement");
        if (blocksToStop < 1) {
            throw new InvalidCountException(Explanation.of("decisions.error.blocksToStop", Explanation.count(blocksToStop)),
                    "At least one block must be able to stop a proposal, got " + blocksToStop);
        }
    }

    /** A single block stops the proposal; otherwise the given agreement threshold decides. */
    public static ConsentRules singleBlockStops(Quorum quorum, Threshold agreement) {
        return new ConsentRules(quorum, agreement, 1);
    }
}
