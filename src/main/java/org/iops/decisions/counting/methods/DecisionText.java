package org.iops.decisions.counting.methods;

/** Plain-language explanation shared by the yes/no and consent results. */
final class DecisionText {

    private DecisionText() {
    }

    static String explain(QuorumOutcome quorum, ThresholdOutcome threshold, String supportWord, DecisionOutcome outcome) {
        String quorumText = "Quorum " + quorum.rule() + " (" + quorum.required() + " ballots): "
                + quorum.turnout() + " cast, " + (quorum.met() ? "met" : "not met") + ". ";
        String thresholdText = "Threshold " + threshold.rule() + ": " + threshold.supporting() + " " + supportWord
                + " of " + threshold.base() + ", " + threshold.required() + " needed, "
                + (threshold.met() ? "met" : "not met") + ". ";
        return quorumText + thresholdText + "Outcome: " + outcome.name().toLowerCase().replace('_', ' ') + ".";
    }
}
