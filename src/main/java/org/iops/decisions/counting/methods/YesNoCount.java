package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iops.decisions.counting.Explanation;

/**
 * Yes/no/abstain with a quorum and a threshold. The question passes when turnout (abstentions
 * included) reaches the quorum and the yes votes meet the threshold over its stated base. An empty
 * base never passes. An exact tie under simple majority fails, because simple majority is "more
 * than half".
 */
public final class YesNoCount {

    private YesNoCount() {
    }

    /**
     * Counts individual ballots.
     *
     * @param rules      quorum and threshold
     * @param electorate members who could vote, at least the number of ballots
     * @param ballots    one per voter who took part
     * @return counts, no-reply count, quorum and threshold outcomes and the decision
     * @throws InvalidCountException when the electorate is negative or smaller than the ballots
     */
    public static YesNoResult count(YesNoRules rules, long electorate, List<YesNoVote> ballots) {
        Objects.requireNonNull(ballots, "ballots");
        long[] counts = new long[YesNoVote.values().length];
        for (int i = 0; i < ballots.size(); i++) {
            YesNoVote vote = ballots.get(i);
            if (vote == null) {
                throw new InvalidBallotException(i + 1, "missing", "is missing");
            }
            counts[vote.ordinal()]++;
        }
        return count(rules, electorate,
                counts[YesNoVote.YES.ordinal()], counts[YesNoVote.NO.ordinal()], counts[YesNoVote.ABSTAIN.ordinal()]);
    }

    /**
     * Counts totals already added up, e.g. from a committee's minutes.
     *
     * @param rules      quorum and threshold
     * @param electorate members who could vote
     * @param yes        yes votes
     * @param no         no votes
     * @param abstain    abstentions
     * @return counts, no-reply count, quorum and threshold outcomes and the decision
     * @throws InvalidCountException when a number is negative or the votes exceed the electorate
     */
    public static YesNoResult count(YesNoRules rules, long electorate, long yes, long no, long abstain) {
        Objects.requireNonNull(rules, "rules");
        long noReply = Turnout.noReply(electorate, yes, no, abstain);
        QuorumOutcome quorum = QuorumOutcome.of(rules.quorum(), electorate, yes + no + abstain);
        long base = Turnout.base(rules.threshold().base(), yes + no, abstain, electorate);
        ThresholdOutcome threshold = ThresholdOutcome.of(rules.threshold(), base, yes);
        DecisionOutcome outcome = !quorum.met() ? DecisionOutcome.QUORUM_NOT_MET
                : threshold.met() ? DecisionOutcome.PASSED
                : DecisionOutcome.REJECTED;
        List<Explanation> summary = new ArrayList<>();
        summary.add(Explanation.of("decisions.yesNo.counts", Explanation.count(yes), Explanation.count(no),
                Explanation.count(abstain), Explanation.count(noReply), Explanation.count(electorate)));
        summary.addAll(DecisionText.explain(quorum, threshold, "yes", outcome));
        return new YesNoResult(electorate, yes, no, abstain, noReply, quorum, threshold, outcome, summary);
    }
}
