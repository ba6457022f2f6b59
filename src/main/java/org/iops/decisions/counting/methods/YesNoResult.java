package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * The result of a yes/no/abstain vote.
 *
 * @param electorate members who could vote
 * @param yes        yes votes
 * @param no         no votes
 * @param abstain    abstentions
 * @param noReply    members who cast no ballot
 * @param quorum     whether turnout reached the quorum
 * @param threshold  whether the yes votes met the threshold
 * @param outcome    passed, rejected or quorum not met
 * @param summary    a one-paragraph account for members, one message per sentence
 */
public record YesNoResult(
        long electorate,
        long yes,
        long no,
        long abstain,
        long noReply,
        QuorumOutcome quorum,
        ThresholdOutcome threshold,
        DecisionOutcome outcome,
        List<Explanation> summary) {

    public YesNoResult {
        summary = List.copyOf(summary);
    }

    /** Ballots cast, abstentions included. */
    public long cast() {
        return yes + no + abstain;
    }

    public boolean passed() {
        return outcome == DecisionOutcome.PASSED;
    }
}
