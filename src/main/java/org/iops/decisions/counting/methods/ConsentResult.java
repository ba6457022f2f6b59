package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * The result of a consent decision, with "no reply" kept apart from abstention as committees
 * record it ("support 11, abstention 2, no replies 27").
 *
 * @param electorate   members who could reply
 * @param agree        AGREE replies
 * @param abstain      ABSTAIN replies
 * @param disagree     DISAGREE replies
 * @param block        BLOCK replies
 * @param noReply      members who did not reply
 * @param blocksToStop the configured number of blocks that stops the proposal
 * @param quorum       whether enough members replied
 * @param agreement    whether the AGREE replies met the threshold
 * @param outcome      passed, blocked, rejected or quorum not met
 * @param summary      a one-paragraph account for members, one message per sentence
 */
public record ConsentResult(
        long electorate,
        long agree,
        long abstain,
        long disagree,
        long block,
        long noReply,
        long blocksToStop,
        QuorumOutcome quorum,
        ThresholdOutcome agreement,
        DecisionOutcome outcome,
        List<Explanation> summary) {

    public ConsentResult {
        summary = List.copyOf(summary);
    }

    /** Replies received, abstentions included. */
    public long replies() {
        return agree + abstain + disagree + block;
    }

    /** Whether the blocks reached the configured limit. */
    public boolean blocked() {
        return block >= blocksToStop;
    }

    public boolean passed() {
        return outcome == DecisionOutcome.PASSED;
    }
}
