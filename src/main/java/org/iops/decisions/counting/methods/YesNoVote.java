package org.iops.decisions.counting.methods;

/** A ballot on a yes/no question. */
public enum YesNoVote {
    YES,
    NO,
    /** Takes part (counts toward the quorum) without supporting or opposing. */
    ABSTAIN
}
