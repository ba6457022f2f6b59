package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/** How a yes/no or consent decision came out. */
public enum DecisionOutcome {
    /** Quorum met, no stopping block, threshold met. */
    PASSED,
    /** Too few ballots: the vote decides nothing, whatever the counts. */
    QUORUM_NOT_MET,
    /** Consent only: blocks reached the configured limit. */
    BLOCKED,
    /** Quorum met (and not blocked) but the supporting votes fell short of the threshold. */
    REJECTED;

    /** "Outcome: passed." and so on: the message {@code decisions.outcome.<outcome>}. */
    public Explanation explanation() {
        return Explanation.of(switch (this) {
            case PASSED -> "decisions.outcome.passed";
            case QUORUM_NOT_MET -> "decisions.outcome.quorumNotMet";
            case BLOCKED -> "decisions.outcome.blocked";
            case REJECTED -> "decisions.outcome.rejected";
        });
    }
}
