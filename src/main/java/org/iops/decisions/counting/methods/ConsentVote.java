package org.iops.decisions.counting.methods;

/** A reply to a consent proposal. Members who do not reply are counted as "no reply", not here. */
public enum ConsentVote {
    /** Supports the proposal. */
    AGREE,
    /** Takes part without supporting or opposing; different from not replying at all. */
    ABSTAIN,
    /** Opposes but will not stop the proposal. */
    DISAGREE,
    /** Opposes strongly enough to stop the proposal. */
    BLOCK
}
