package org.iops.decisions.counting.methods;

import java.util.List;
import org.iops.decisions.counting.Explanation;

/** The sentences shared by the yes/no and consent results: quorum, threshold, outcome. */
final class DecisionText {

    private DecisionText() {
    }

    /**
     * E.g. "Quorum (at least 20 ballots): 20 ballots needed, 31 cast, met." "Threshold (more than 1/2 of votes for and
     * against): 12 yes of 20, 11 needed, met." "Outcome: passed."
     *
     * @param support {@code yes} or {@code agree}: the key {@code decisions.support.<support>} names the supporting votes
     */
    static List<Explanation> explain(QuorumOutcome quorum, ThresholdOutcome threshold, String support,
            DecisionOutcome outcome) {
        Explanation quorumText = Explanation.of(quorum.met() ? "decisions.quorum.met" : "decisions.quorum.notMet",
                Explanation.part(quorum.rule()), Explanation.count(quorum.required()),
                Explanation.count(quorum.turnout()));
        Explanation thresholdText = Explanation.of(
                threshold.met() ? "decisions.threshold.met" : "decisions.threshold.notMet",
                Explanation.part(threshold.rule()), Explanation.count(threshold.supporting()),
                Explanation.word("decisions.support", support), Explanation.count(threshold.base()),
                Explanation.count(threshold.required()));
        return List.of(quorumText, thresholdText, outcome.explanation());
    }
}
