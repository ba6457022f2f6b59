package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iops.decisions.counting.Explanation;

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

    /**
     * Counts individual replies.
     *
     * @param rules      quorum, agreement threshold and blocks that stop the proposal
     * @param electorate members who could reply, at least the number of replies
     * @param replies    one per member who replied
     * @return counts, no-reply count, quorum and agreement outcomes and the decision
     * @throws InvalidCountException when the electorate is negative or smaller than the replies
     */
    public static ConsentResult count(ConsentRules rules, long electorate, List<ConsentVote> replies) {
        Objects.requireNonNull(replies, "replies");
        long[] counts = new long[ConsentVote.values().length];
        for (int i = 0; i < replies.size(); i++) {
            ConsentVote vote = replies.get(i);
            if (vote == null) {
                throw new InvalidBallotException(i + 1, "missing", "is missing");
            }
            counts[vote.ordinal()]++;
        }
        return count(rules, electorate, counts[ConsentVote.AGREE.ordinal()], counts[ConsentVote.ABSTAIN.ordinal()],
                counts[ConsentVote.DISAGREE.ordinal()], counts[ConsentVote.BLOCK.ordinal()]);
    }

    /**
     * Counts totals already added up, e.g. from a committee's minutes.
     *
     * @param rules      quorum, agreement threshold and blocks that stop the proposal
     * @param electorate members who could reply
     * @param agree      AGREE replies
     * @param abstain    ABSTAIN replies
     * @param disagree   DISAGREE replies
     * @param block      BLOCK replies
     * @return counts, no-reply count, quorum and agreement outcomes and the decision
     * @throws InvalidCountException when a number is negative or the replies exceed the electorate
     */
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
        List<Explanation> summary = new ArrayList<>();
        summary.add(Explanation.of("decisions.consent.counts", Explanation.count(agree), Explanation.count(abstain),
                Explanation.count(disagree), Explanation.count(block), Explanation.count(noReply),
                Explanation.count(electorate)));
        summary.add(Explanation.of("decisions.consent.blocks", Explanation.count(block),
                Explanation.count(rules.blocksToStop())));
        summary.addAll(DecisionText.explain(quorum, agreement, "agree", outcome));
        return new ConsentResult(electorate, agree, abstain, disagree, block, noReply, rules.blocksToStop(),
                quorum, agreement, outcome, summary);
    }
}
