package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/**
 * What a threshold fraction is taken of. Rules must say this out loud: "two thirds" of the votes
 * for and against is a different rule from "two thirds" of everyone who replied.
 */
public enum VoteBase {
    /** Votes for and against only (yes + no; in consent, agree + disagree + block); abstentions are left out. */
    FOR_AND_AGAINST("decisions.base.forAndAgainst"),
    /** Every ballot cast, abstentions included. */
    ALL_BALLOTS("decisions.base.allBallots"),
    /** The whole electorate, so that not replying counts like voting against. */
    ELECTORATE("decisions.base.electorate");

    private final String key;

    VoteBase(String key) {
        this.key = key;
    }

    /** For results, e.g. "votes for and against, abstentions excluded", as a message. */
    public Explanation explanation() {
        return Explanation.of(key);
    }
}
