package org.iops.polls;

/** How the ballots of a branch or international poll add up. */
public enum Weighting {
    /** Every member's ballot counts the same, wherever they live. */
    DIRECT,
    /** Each chapter counts its own ballots; its result counts in proportion to its membership when voting opened. */
    CHAPTER_WEIGHTED
}
