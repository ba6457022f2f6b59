package org.iops.polls;

/** The kinds of poll, each with its own ballot and its own count. */
public enum PollType {
    /** Agree, abstain, disagree, or block (with a required reason); one block stops it. */
    CONSENT,
    /** Yes, no or abstain on one question. */
    YES_NO,
    /** One option among several; the most votes wins (plurality). */
    SINGLE_CHOICE,
    /** Any number of options; the most approvals wins. */
    APPROVAL,
    /** Options ranked in order: instant runoff for one seat, single transferable vote for several (as RCTab). */
    RANKED,
    /** Options ranked in order, counted by the Schulze (Condorcet) method. */
    SCHULZE,
    /** Which of the proposed times suit each member (yes, if need be, no); the time most can attend wins. */
    MEETING_TIME
}
