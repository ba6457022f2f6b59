package org.iops.decisions.counting.methods;

import java.util.List;
import java.util.Objects;

/**
 * Consent: the proposal passes when the quorum is met, blocks stay below the configured limit, and
 * agreement meets the threshold. The electorate is an input so that members who did not reply are
 * counted and reported.
 *
 * <p>Order of checks, which decides the reported outcome: quorum first (without it nothing is
 * decided), then blocks, then agreement.
 */
public final class ConsentCount {

    private ConsentCount() {
    }

    /** Counts individual replies. */
    public static ConsentResult count(ConsentRules rules, long electorate, List<ConsentVote> replies) {
        Objects.requireNonNull(replies, "replies");
        long[] counts = new long[ConsentVote.values().length];
        for (int i = 0; i < replies.size(); i++) {
            ConsentVote vote = replies.get(i);
            if (vote == null) {
                throw new InvalidBallotException(i + 1, "is missing");
            }
            counts[vote.ordinal()]++;
        }
        return count(rules, electorate, counts[ConsentVote.AGREE.ordinal()], counts[ConsentVote.ABSTAIN.ordinal()],
                counts[ConsentVote.DISAGREE.ordinal()], counts[ConsentVote.BLOCK.ordinal()]);
    }

    /** Counts totals already added up, e.g. from a committee's minutes. */
    public static ConsentResult count(
            ConsentRules rules, long electorate, long agree, long abstain, long disagree, long block) {
        Objects.requireNonNull(rules, "rules");
        long noReply = Turnout.noReply(electorate, agree, abstain, disagree, block);
        long replies = agree + abstain + disagree + block;
        QuorumOutcome quorum = QuorumOutcome.of(rules.quorum(), electorate, replies);
        long base = Turnout.base(rules.agreement().base(), agree + disagree + block, abstain, electorate);
        ThresholdOutcome agreement = ThresholdOutcome.of(rules.agreement(), base, agree);
        DecisionOutcome outcome = !quorum.met() ? DecisionOutcome.QUORUM_NOT_MET
                : block >= rules.blocksToStop() ? DecisionOutcome.BLOCKED
                : agreement.met() ? DecisionOutcome.PASSED
                : DecisionOutcome.REJECTED;
        String summary = "Agree " + agree + ", abstain " + abstain + ", disagree " + disagree + ", block " + block
                + ", no reply " + noReply + " (electorate " + electorate + "). Blocks: " + block + ", "
                + rules.blocksToStop() + " stop the proposal. "
                + DecisionText.explain(quorum, agreement, "agree", outcome);
        return new ConsentResult(electorate, agree, abstain, disagree, block, noReply, rules.blocksToStop(),
                quorum, agreement, outcome, summary);
    }
}
