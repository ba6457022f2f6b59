package org.iops.decisions.counting.methods;

/** How a yes/no or consent decision came out. */
public enum DecisionOutcome {
    /** Quorum met, no stopping block, threshold met. */
    PASSED,
    /** Too few ballots: the vote decides nothing, whatever the counts. */
    QUORUM_NOT_MET,
    /** Consent only: blocks reached the configured limit. */
    BLOCKED,
    /** Quorum met (and not blocked) but the supporting votes fell short of the threshold. */
    REJECTED
}
